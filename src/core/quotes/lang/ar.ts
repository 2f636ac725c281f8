import type { LanguageData } from './types';

/** Arabic: the verb comes first (قال الوزير …), written with the conjunction و- attached. */
export const ar: LanguageData = {
  code: 'ar',
  script: 'arabic',
  verbs: (
    'قال وقال قالت وقالت يقول وتقول أضاف وأضاف أضافت وأضافت أكد وأكد أكدت وأكدت أوضح وأوضح أوضحت ' +
    'وأوضحت صرح وصرح صرحت وصرحت موضحا موضحاً موضحة مشيرا مشيراً مشيرة مضيفا مضيفاً مضيفة'
  ).split(' '),
  participles: 'موضحا موضحاً موضحة مشيرا مشيراً مشيرة مضيفا مضيفاً مضيفة'.split(' '),
  sources: ['بحسب', 'حسب', 'وفق'],
  orgNouns: ['الوزارة', 'الحكومة', 'الشركة', 'الهيئة', 'المنظمة', 'الجمعية', 'الشرطة'],
  firstPerson: ['أنا', 'نحن'],
  subjectEnds: ['إن', 'أن', 'خلال', 'أمام', 'في بيان', 'في تصريح', 'في مؤتمر'],
};
