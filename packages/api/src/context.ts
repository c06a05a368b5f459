import type { ResolvedConfig } from '@clearframe/linter';
import type { Store } from './store/store.js';

/** The clinic a valid bearer token may publish to. */
export interface Auth {
  tokenId: string;
  clinic: string;
}

/** What every resolver sees. */
export interface Context {
  store: Store;
  /** Set by the bearer-token plugin when the request carries a valid token. */
  auth: Auth | null;
  /** Lint date (YYYY-MM-DD) for date rules such as policy-review-stale. */
  today: () => string;
  /** Linter configuration used when publishing and for the `lint` query. */
  lintConfig: ResolvedConfig;
  /** The publishing floor: rules no config or disable comment can lower at publish time. */
  floor: ReadonlySet<string>;
}
