import { createContext, useContext } from 'react';
import { Translate } from '../../core/i18n/i18n';

/** The pane's translator; components read strings through it, never hard-code them. */
export const TranslateContext = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(TranslateContext);
}
