/**
 * One pinyin syllable: an initial, then a final. A bare "o" final only after b, p, m, f or w (bo,
 * po, mo, fo, wo), as in pinyin: so Ito or Tay are not read as Chinese given names. Finals with i
 * only after the initials pinyin gives them (ming, jia, xiao; zhi, ri, si alone): no hi, gi, ki,
 * fi, wi, ring or zing, so English words such as Hiring and Luring are not read as given names.
 */
const PINYIN_SYLLABLE =
  '(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:uang|ueng|ang|eng|ong|uai|uan|ai|ei|ao|ou|an|en|er|ua|uo|ui|un|ue|a|e|u|v)|[bpmdtnljqxy](?:iang|iong|ian|iao|ing|ia|ie|iu|in|i)|(?:zh|ch|sh|[zcsr])i|[bpmfw]?o)';

/** The shape of a Chinese given name in pinyin, any case: one or two syllables (Zeming, Xiao'ou, Fei-Fei). */
export const PINYIN_GIVEN_NAME = new RegExp(`^${PINYIN_SYLLABLE}(?:['’-]?${PINYIN_SYLLABLE})?$`, 'i');

/**
 * Chinese family names as romanised in English: pinyin, and the Cantonese and older spellings
 * (Wong, Chan, Lee). "Bo Li" is the name of very many people, and "Lin Junyang" is written in
 * Chinese order, surname first. Not the surnames that are as often given names (Ji, Pei, Jing,
 * Ling): "Lin Ji" and "SUN Pei" are read surname first by them.
 */
export const CHINESE_SURNAMES: ReadonlySet<string> = new Set(
  `Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng
  Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Cui Zhong Tan Fan Shi
  Jin Liao Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Shao Chang Chu Wong Chan Leung Cheung
  Ho Lau Ng Tse Yip Lam Lee Kwok Tsang Bi Dai Gu Hao Hong Jiao Kang Kong Lai Mao Mo Ni Niu Qi Qian Shan Tao Wan Wen Yi
  Zhai Qiao Pang Nie Cong Zhuang Guan Zuo Geng Zhan Miao Ou Ouyang Bao Huo Weng Sui Ruan Gui Chai Bian Teng Zang Lou Luan
  Zhuo Lyu Lv Rao Kou`.split(/\s+/),
);

/** A Chinese surname and a pinyin given name (Lin and Junyang, Chang and Huiwen), whichever order the name is written in. */
export function isChineseName(surname: string, given: string): boolean {
  return CHINESE_SURNAMES.has(surname) && PINYIN_GIVEN_NAME.test(given);
}
