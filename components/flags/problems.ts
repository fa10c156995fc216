import { i18n } from '#i18n';
import type { FileProblem } from '@/lib/flags/shared-file';

/** A localized sentence naming the file and what is wrong with it. */
export function describeProblem(p: FileProblem): string {
  const file = p.file;
  switch (p.kind) {
    case 'too-large':
      return i18n.t('flags.problems.tooLarge', { file });
    case 'not-json':
      return i18n.t('flags.problems.notJson', { file });
    case 'truncated':
      return i18n.t('flags.problems.truncated', { file });
    case 'wrong-format':
      return i18n.t('flags.problems.wrongFormat', { file });
    case 'newer-version':
      return i18n.t('flags.problems.newerVersion', { file });
    case 'invalid-records':
      return i18n.t('flags.problems.invalidRecords', { file, detail: p.message });
    case 'not-verified':
      return i18n.t('flags.problems.notVerified', { file });
    default:
      return i18n.t('flags.problems.unreadable', { file, detail: p.message });
  }
}
