/** Where `vite build packages/web` puts the built front end, for the server to serve as static files. */
export const webDistUrl = new URL('../dist/', import.meta.url);
