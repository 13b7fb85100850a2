import type { TFunction } from 'i18next';
import { formatNumber } from '@shared/i18n/format';
import type { Language } from '@shared/questionnaire/instrument';

/** 840 kB, 1,2 MB (nl) / 1.2 MB (en). */
export function formatSize(bytes: number, language: Language, t: TFunction): string {
  if (bytes < 1024) return t('dataSafety.size.bytes', { value: bytes });
  if (bytes < 1024 * 1024) {
    return t('dataSafety.size.kb', { value: formatNumber(bytes / 1024, language, 0) });
  }
  return t('dataSafety.size.mb', { value: formatNumber(bytes / (1024 * 1024), language, 1) });
}
