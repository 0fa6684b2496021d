/**
 * wink-nlp's typings give token "its" functions the shape (index, token, cache, addons), but the
 * runtime calls them as (index, rdd, addons) and declares `its.stem` and `its.lemma` that way, so
 * `tokens.out(its.stem)` is rejected although it works. This adds the overload the typings lack
 * (an interface merge, no cast), typed by the helper itself so it follows the package's own
 * declaration of `stem`.
 */
import type { ItsHelpers } from 'wink-nlp';

declare module 'wink-nlp' {
  interface SelectedTokens {
    out(itsf: ItsHelpers['stem'] | ItsHelpers['lemma']): string[];
  }
  interface Tokens {
    out(itsf: ItsHelpers['stem'] | ItsHelpers['lemma']): string[];
  }
}
