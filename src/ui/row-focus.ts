/**
 * A file row's Cancel and Try again go away with the state they change (a
 * cancelled file shows Try again; a file sent again shows Cancel; a sent
 * file, neither): when the one that had the focus goes, the focus would fall
 * to the page's body. It stays in the row instead, on the row's action that
 * replaced it (Try again, Cancel sending), else on its Remove button, else
 * on the field's file input.
 */

/** A file row's (or drop zone's) file input: the first of its field, as Remove and a lost focus fall back to. */
export const inputOf = (from: EventTarget | null) =>
  (from as HTMLElement | null)?.closest('.drop-field')?.querySelector<HTMLInputElement>('input[type="file"]') ?? null;

/** The buttons watched already (each is watched once, from its first focus until it goes). */
const watched = new WeakSet<Element>();

/** Whether the focus fell out of the page (to its body) rather than moved on by the customer. */
function focusLost(root: Node) {
  const inRoot = root instanceof ShadowRoot ? root.activeElement : null;
  const active = document.activeElement;
  return !inRoot && (!active || active === document.body);
}

/** A `focus` listener for a row's Cancel or Try again: when the button goes while it has the focus, the row keeps it. */
export function keepFocusInRow(e: Event) {
  const button = e.currentTarget as HTMLElement;
  const row = button.closest('li');
  if (!row || watched.has(button)) return;
  watched.add(button);
  const observer = new MutationObserver(() => {
    if (button.isConnected) return;
    observer.disconnect();
    if (!row.isConnected || !focusLost(row.getRootNode())) return;
    const next = row.querySelector<HTMLElement>('.retry-button, .cancel-button, .remove-button') ?? inputOf(row);
    next?.focus();
  });
  observer.observe(row, { childList: true, subtree: true });
}
