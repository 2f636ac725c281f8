// Entry of a `npm run fuzz` worker thread: workers do not inherit tsx's loader, so register it here.
import { register } from 'tsx/esm/api';

register();
await import('./fuzz.ts');
