/**
 * A file's name without its extension: what the picture pipeline keeps of the
 * customer's own name when it writes a photo again under its new type
 * (`IMG_1234.HEIC` → `IMG_1234.webp`), and what the summary shows of it.
 */
export const withoutExtension = (name: string) => name.replace(/\.[^./\\]*$/, '');
