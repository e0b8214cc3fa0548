// Just enough of a browser's globals (window.location, window.history, localStorage,
// sessionStorage) for @osdk/oauth's *browser* build to run its public-client flow in Node.
// The library's Node build stores no refresh token at all (its getStorage() returns undefined
// under Node), so the browser build is the one a real OSDK web app runs and the one tested here.
// A real Chromium does the part a person does: showing the sign-in page and following redirects.

class MemoryStorage {
  #items = new Map();
  get length() {
    return this.#items.size;
  }
  key(i) {
    return [...this.#items.keys()][i] ?? null;
  }
  getItem(k) {
    return this.#items.has(k) ? this.#items.get(k) : null;
  }
  setItem(k, v) {
    this.#items.set(k, String(v));
  }
  removeItem(k) {
    this.#items.delete(k);
  }
  clear() {
    this.#items.clear();
  }
}

/**
 * Installs fake browser globals at `startUrl`. Returns a controller:
 *  - assigned: every URL the library passed to window.location.assign (a full-page redirect);
 *  - navigate(url): what the browser does when it lands on `url` (the OAuth callback);
 *  - localStorage / sessionStorage: the stores the library reads and writes;
 *  - uninstall().
 */
export function installFakeBrowser(startUrl) {
  let current = new URL(startUrl);
  const assigned = [];
  const location = {
    get href() {
      return current.href;
    },
    set href(v) {
      current = new URL(v, current);
    },
    get pathname() {
      return current.pathname;
    },
    get search() {
      return current.search;
    },
    get origin() {
      return current.origin;
    },
    assign(url) {
      assigned.push(String(url));
    },
    replace(url) {
      assigned.push(String(url));
    },
    toString() {
      return current.href;
    },
  };
  const history = {
    replaceState(_state, _title, url) {
      if (url !== undefined && url !== null) current = new URL(url, current);
    },
    pushState(_state, _title, url) {
      if (url !== undefined && url !== null) current = new URL(url, current);
    },
  };
  const localStorage = new MemoryStorage();
  const sessionStorage = new MemoryStorage();
  const saved = {};
  for (const k of ["window", "localStorage", "sessionStorage"]) saved[k] = Object.getOwnPropertyDescriptor(globalThis, k);
  const define = (k, v) => Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
  define("window", { location, history, localStorage, sessionStorage });
  define("localStorage", localStorage);
  define("sessionStorage", sessionStorage);
  return {
    assigned,
    localStorage,
    sessionStorage,
    location,
    navigate(url) {
      current = new URL(url);
    },
    uninstall() {
      for (const [k, d] of Object.entries(saved)) {
        if (d) Object.defineProperty(globalThis, k, d);
        else delete globalThis[k];
      }
    },
  };
}
