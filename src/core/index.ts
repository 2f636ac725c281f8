export { extract } from './extract';
export { DEFAULT_EXTRACT_OPTIONS, resolveOptions } from './options';
export { sanitizeHtml } from './sanitize';
export * from './types';
