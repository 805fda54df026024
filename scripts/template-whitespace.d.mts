/** See template-whitespace.mjs. */
import type { Plugin } from 'vite';

/** A template's text (between its delimiters), squeezed; `markup`: HTML comments go too. */
export function squeeze(text: string, markup: boolean): string;
/** The Vite plugin: Lit templates' indentation and HTML comments left out of the production builds. */
export function templateWhitespace(): Plugin;
