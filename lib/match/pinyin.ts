/**
 * One pinyin syllable: an initial, then a final. A bare "o" final only after b, p, m, f or w (bo,
 * po, mo, fo, wo), as in pinyin: so Ito or Tay are not read as Chinese given names.
 */
const PINYIN_SYLLABLE =
  '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|e|i|u|v)|[bpmfw]?o)';

/** The shape of a Chinese given name in pinyin, any case: one or two syllables (Zeming, Xiao'ou, Fei-Fei). */
export const PINYIN_GIVEN_NAME = new RegExp(`^${PINYIN_SYLLABLE}(?:['’-]?${PINYIN_SYLLABLE})?$`, 'i');
