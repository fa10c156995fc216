/**
 * The most frequent given names in English-language records (US SSA lists, with their everyday
 * short forms). A person's name built on one is shared by very many people (common-names.ts), and
 * one right before a company's name makes it someone's surname (Steve Harvey).
 */
export const ENGLISH_GIVEN_NAMES = new Set(
  `James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald
  Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric
  Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
  Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry
  Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Alan
  Wayne Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Mike Tony Tom Jim Bob Bill Dan Dave Chris Matt Erik Erick
  Nick Steve Jeff Greg Ben Sam Alex Max Dominic Luke Simon Martin Ian Colin Neil Adrian Oliver Harry Charlie Jake Josh
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy
  Angela Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Rachel Carolyn Janet Catherine Maria Heather
  Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Megan Andrea Hannah Jacqueline
  Martha Teresa Ann Anne Sara Madison Kathryn Jean Abigail Alice Julia Judy Sophia Grace Denise Amber Danielle Diana
  Natalie Charlotte Marie Kate Jane Claire Lucy Sophie Jenny Amelia Tim Rob Andy Rick Ted Ken Jon Pete Jen Liz Beth Jess
  Meg Peggy Sally Tina Phil Ron Don Ray Sandy`.split(/\s+/),
);
