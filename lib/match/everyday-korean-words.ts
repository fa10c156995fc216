/**
 * Transliterated surnames that are also everyday Korean words, most of them loanwords: 페이지 is
 * the page of every web page ("구글 검색 결과 페이지"), 화이트 a colour, 그로스 growth, 워커 a
 * boot. News still calls Daniel Gross 그로스 and Robby Walker 워커, so they are derived, but the
 * matcher reads them only where the full name is on the page, not beside an org nor standing alone.
 */
const KOREAN_WORDS = new Set([
  '페이지', '화이트', '브라운', '블랙', '그린', '실버', '워커', '상어', '웨이', '레이', '라지', '로스', '캐논', '캐넌', '칸트',
  '프로스트', '미드', '올라', '다이', '아이브', '그로스', '웨일', '울프', '헤이즈', '테일러', '프랭크', '스톤', '우드', '리치',
  '파크', '포드',
]);

export function isEverydayKoreanWord(text: string): boolean {
  return KOREAN_WORDS.has(text);
}
