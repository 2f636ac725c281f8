import { describe, expect, it } from 'vitest';
import { findOrThrow } from '../../src/core/quotes';
import { dominantScript, LANGUAGES, languagesFor } from '../../src/core/quotes/lang';
import { speakers, texts } from './helpers';

/** Speakers in the languages Pith reads: each language's own verbs and word order (lang/*.ts). */
function quotes(paragraphs: string[], lang?: string) {
  return findOrThrow(paragraphs, { title: '', excerpt: null, lang });
}

describe('language data', () => {
  it('has a data file for each language readers meet most', () => {
    for (const code of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'id', 'ja', 'ko', 'zh', 'ar'])
      expect(LANGUAGES[code]?.verbs.length, code).toBeGreaterThan(0);
  });

  it('picks languages by the declared lang, else by the script of the text', () => {
    expect(languagesFor('pt-BR', ['Ele disse que sim.']).map((l) => l.code)).toEqual(['pt', 'en']);
    expect(languagesFor(null, ['Театр откроется после ремонта в марте.'])[0]!.code).toBe('ru');
    expect(languagesFor(undefined, ['서울시가 심야버스 노선을 늘린다.'])[0]!.code).toBe('ko');
    // A lang that does not match the text (a template's default "en") gives way to the script.
    expect(languagesFor('en', ['Театр откроется после ремонта в марте.'])[0]!.code).toBe('ru');
    expect(dominantScript(['日銀の植田総裁は「緩和を続ける」と述べた。'])).toBe('kana');
  });
});

describe('constructions of each language, written from the language rather than from a page', () => {
  it('Korean: the speaker after the quotative (“…”고 한국은행 이창용 총재가 말했다)', () => {
    const q = quotes(['“수출이 예상보다 빠르게 회복되고 있다”고 한국은행 이창용 총재가 말했다.'], 'ko');
    expect(q.map((x) => x.speaker)).toEqual([{ name: '이창용', role: '총재' }]);
  });

  it('Japanese and Korean: a short quotation closed by a quotative is set off as speech', () => {
    expect(quotes(['岸田首相は記者団に「経済対策を急ぐ」と述べた。'], 'ja').map((x) => x.text)).toEqual([
      '経済対策を急ぐ',
    ]);
    expect(quotes(['김 장관은 "최선을 다하겠다"고 말했다.'], 'ko').map((x) => x.text)).toEqual([
      '최선을 다하겠다',
    ]);
  });

  it('Japanese: an unnamed official keeps the body it speaks for (国土交通省の担当者), a named one drops it', () => {
    expect(
      quotes(['「安全が最優先だ」と国土交通省の担当者は話した。'], 'ja').map((x) => x.speaker?.name),
    ).toEqual(['国土交通省の担当者']);
    expect(
      quotes(['国土交通省の担当者は「安全が最優先だと考えている」と話した。'], 'ja').map(
        (x) => x.speaker?.name,
      ),
    ).toEqual(['国土交通省の担当者']);
  });

  it('Arabic: an attribution after the Arabic comma («…»، قال …)', () => {
    const q = quotes(['«نحن مستعدون للحوار مع جميع الأطراف»، قال المتحدث باسم الحكومة.'], 'ar');
    expect(q.map((x) => x.speaker?.name)).toEqual(['المتحدث باسم الحكومة']);
  });

  it('Arabic: the subject after the verb ends at a preposition (وشدد الائتلاف على "…")', () => {
    const q = quotes(
      ['وشدد الائتلاف على "ضرورة الابتعاد عن الأعمال الاستفزازية بكافة أشكالها وترك القرار للشعب" في بيان.'],
      'ar',
    );
    expect(q.map((x) => x.speaker?.name)).toEqual(['الائتلاف']);
  });

  it('French: a reflexive verb after the quote (« … », s’est félicitée X)', () => {
    const q = quotes(
      [
        '« C’est une victoire pour les salariés », s’est félicitée la secrétaire générale de la CGT, Sophie Binet.',
      ],
      'fr',
    );
    expect(q.map((x) => x.speaker?.name)).toEqual(['Sophie Binet']);
  });

  it('German and Indonesian: a compound title and a rank before the name are its role', () => {
    const de = quotes(
      ['„Wir sind sehr zufrieden“, sagte Bundeskanzler Olaf Scholz am Montag in Berlin.'],
      'de',
    );
    expect(de.map((x) => x.speaker)).toEqual([{ name: 'Olaf Scholz', role: 'Bundeskanzler' }]);
    const id = quotes(
      ['"Kami akan menindaklanjuti laporan itu," kata Kapolri Jenderal Listyo Sigit Prabowo.'],
      'id',
    );
    expect(id.map((x) => x.speaker?.name)).toEqual(['Listyo Sigit Prabowo']);
  });

  it('Italian: a body after an elided preposition is not part of the name (il ministro dell’Economia Giancarlo Giorgetti)', () => {
    const q = quotes(
      [
        'Il ministro dell’Economia Giancarlo Giorgetti ha parlato ai giornalisti.',
        '«Non ci sarà alcuna manovra correttiva quest’anno», ha detto Giorgetti.',
      ],
      'it',
    );
    expect(speakers(q)).toEqual(['Giancarlo Giorgetti']);
  });

  it('Italian: a place after "di" is where the role is, not a speaker (la sindaca di Roma)', () => {
    const q = quotes(
      ['«È una decisione sbagliata e faremo ricorso», ha commentato la sindaca di Roma.'],
      'it',
    );
    expect(speakers(q)).toEqual(['sindaca di Roma']);
  });

  it('Japanese: the speaker after the quotative (「…」と日銀の植田和男総裁は語った)', () => {
    expect(speakers(quotes(['「緩和を続ける」と日銀の植田和男総裁は語った。'], 'ja'))).toEqual(['植田和男']);
  });

  it.each([
    ['a plan named in brackets', '政府は「柔軟な勤務制度を全国の企業に広げるための新しい計画」を発表した。'],
    ['a programme', '番組「世界の果てまで行って調べてみた大冒険スペシャル」が放送された。'],
    [
      'a document cited',
      '同社の「持続可能な社会の実現に向けた長期ビジョン二〇三〇」によると、売上高は増える見通しだ。',
    ],
    [
      'a title in double brackets',
      '記事のタイトルは『日本経済の未来を考えるための十の視点について』だった。',
    ],
  ])('Japanese: brackets that name something are not quotes (%s)', (_, sentence) => {
    expect(texts(quotes([sentence], 'ja'))).toEqual([]);
  });

  it('Japanese: brackets followed by a quotative or ending the sentence are quotes', () => {
    const q = quotes(
      [
        '専門家は「景気の回復には時間がかかる」との見方を示した。',
        '「このままでは地域の医療が崩壊してしまう」。病院の院長はそう語った。',
      ],
      'ja',
    );
    expect(texts(q)).toHaveLength(2);
  });

  it('Chinese: the speaker after the quote, and a short quote after a full-width colon', () => {
    const q = quotes(
      ['“我们将继续扩大开放。”商务部部长李明表示。', '国家统计局副局长王建国说：“经济运行总体平稳。”'],
      'zh',
    );
    expect(q.map((x) => x.speaker)).toEqual([
      { name: '李明', role: '商务部部长' },
      { name: '王建国', role: '国家统计局副局长' },
    ]);
  });

  it.each([
    [
      'es',
      'María López dirige la panadería desde 1994.',
      '“Nunca pensé que llegaríamos tan lejos con esto”, confiesa.',
      'María López',
    ],
    [
      'pt',
      'A empresa divulgou os números.',
      'De acordo com a Petrobras, “a produção deve crescer 5% no próximo ano”.',
      'Petrobras',
    ],
    [
      'ar',
      'بدأت المدارس العطلة.',
      'وأوضحت الوزارة في بيان أن «العمل سيستأنف يوم الأحد المقبل في جميع المدارس».',
      'الوزارة',
    ],
  ])('%s: a verb or source of the language, and where its subject ends', (lang, first, second, name) => {
    expect(speakers(quotes([first, second], lang))).toEqual([name]);
  });

  it.each([
    [
      '“Harga beras akan stabil hingga akhir tahun ini,” tutur Kepala Badan Pangan Nasional Arief Prasetyo Adi.',
      { name: 'Arief Prasetyo Adi', role: 'Kepala Badan Pangan Nasional' },
    ],
    [
      '“Kami akan terus memantau perkembangan situasi di lapangan,” kata Kepala BNPB Suharyanto di Jakarta.',
      { name: 'Suharyanto', role: 'Kepala BNPB' },
    ],
  ])('Indonesian: a run of capitals names the body, then the person (%s)', (sentence, speaker) => {
    expect(quotes([sentence], 'id').map((q) => q.speaker)).toEqual([speaker]);
  });

  it.each([
    [
      'it',
      'Lo ha detto il presidente del Consiglio Giorgia Meloni: «Andremo avanti con tutte le riforme».',
      'Giorgia Meloni',
    ],
    [
      'es',
      '“Estamos trabajando para resolverlo cuanto antes”, aseguraron fuentes de la compañía.',
      'fuentes de la compañía',
    ],
  ])(
    '%s: the subject after the verb (an object pronoun before it, a plural of people before "de")',
    (lang, sentence, name) => {
      expect(speakers(quotes([sentence], lang))).toEqual([name]);
    },
  );

  it('Dutch: "volgens" before a title is not part of the role', () => {
    const q = quotes(['Volgens minister Hugo de Jonge "is de situatie nu volledig onder controle".'], 'nl');
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Hugo de Jonge', role: 'minister' }]);
  });

  it.each([
    ['По словам Ивана Петрова', 'Иван Петров'],
    ['По словам Марии Ивановой', 'Мария Иванова'],
    ['По словам Сергея Лаврова', 'Сергей Лавров'],
    ['По словам Анны Мюллер', 'Анна Мюллер'],
  ])('Russian: the genitive after "по словам" named in the nominative (%s)', (lead, name) => {
    const q = quotes([`${lead}, «ситуация остаётся сложной, но управляемой».`], 'ru');
    expect(speakers(q)).toEqual([name]);
  });
});

describe('speakers by language', () => {
  it('Spanish: verb after the quote, and the organisation a common noun stands for', () => {
    const q = quotes(
      [
        'La cooperativa Oleojaén ha firmado su primer contrato de exportación.',
        '“Es el mayor pedido de nuestra historia”, aseguró la cooperativa en un comunicado.',
        'No todos lo ven igual. “El precio en origen sigue sin cubrir costes”, se quejó Manuela Ortega, agricultora.',
      ],
      'es',
    );
    expect(speakers(q)).toEqual(['Oleojaén', 'Manuela Ortega']);
  });

  it('Portuguese and Polish: a verb with no subject continues the person in play', () => {
    const pt = quotes(
      [
        'O presidente da associação, João Carvalho, falou aos jornalistas.',
        'Carvalho estima que a medida afete 400 pescadores. "Muitas famílias vivem só disto", acrescentou.',
      ],
      'pt',
    );
    expect(speakers(pt)).toEqual(['João Carvalho']);
  });

  it('Russian and Indonesian verbs', () => {
    const ru = quotes(
      ['«Театр откроется после ремонта в марте», — сообщила директор театра Анна Смирнова.'],
      'ru',
    );
    expect(speakers(ru)).toEqual(['Анна Смирнова']);
    const id = quotes(
      ['"Pasar ini akan dibuka kembali bulan depan," ujar Budi Santoso, kepala dinas perdagangan.'],
      'id',
    );
    expect(speakers(id)).toEqual(['Budi Santoso']);
  });

  it('Korean: the subject with its particle before a quote closed by a quotative', () => {
    const q = quotes(['김민수 서울시 교통정책과장은 “반응을 보고 추가 확대도 검토하겠다”고 말했다.'], 'ko');
    expect(q[0]?.speaker?.name).toBe('김민수');
  });

  it('Chinese: the name after its role, before the verb', () => {
    const q = quotes(
      ['中国汽车流通协会副秘书长王建国接受记者采访时说：“价格战短期内不会结束，车企的利润空间正在被压缩。”'],
      'zh',
    );
    expect(q[0]?.speaker?.name).toBe('王建国');
  });
});

describe('speakers that read the article', () => {
  it('an organisation named earlier stands behind "the company", "it" and "the statement"', () => {
    const q = quotes([
      'Dick Clark Productions denied on Monday that it had settled on an arrangement with the label.',
      '“No final agreement has been made with the management team,” the production company said in a statement.',
      '“We have no further comment on this matter today,” it added.',
    ]);
    expect(speakers(q)).toEqual(['Dick Clark Productions', 'Dick Clark Productions']);
  });

  it('"the Institute’s release" is the body named earlier in full (a name with "and", in capitals)', () => {
    const q = quotes([
      'THE NORTHERN INSTITUTE for Science and Technology (NIST) has opened a new library in the town centre.',
      '“The library will be open to every resident of the region, free of charge,” the Institute’s release said.',
    ]);
    expect(speakers(q)).toEqual(['NORTHERN INSTITUTE for Science and Technology']);
  });

  it('an unnamed source stays unnamed instead of becoming the person last named', () => {
    const q = quotes([
      'Farah Al-Ibrahim runs the moving business, according to a new source close to the company.',
      '“She manages everything and she decides every price,” said the source, who asked not to be named.',
    ]);
    expect(speakers(q)).toEqual(['source']);
  });

  it('the subject of a profile speaks the unattributed first-person paragraphs', () => {
    const q = findOrThrow(
      [
        'Henk Brouwer, 67, stood in his bakery at four every morning for forty years.',
        '“My father started here in 1961. I took the shop over in 1984, just after I married.”',
      ],
      { title: 'Baker Henk Brouwer closes after forty years', excerpt: null },
    );
    expect(speakers(q)).toEqual(['Henk Brouwer']);
  });

  it('a person set off by an age or by "article + noun" speaks the quote that opens the next sentence', () => {
    const pt = quotes(
      [
        'No mercado, a vendedora Ana Lopes, de 61 anos, arruma as caixas. “Este inverno foi o pior de todos.”',
      ],
      'pt',
    );
    expect(speakers(pt)).toEqual(['Ana Lopes']);
    const nl = quotes(
      [
        'Elke dag loopt Kees Jansen (72) langs het station. „Het wordt hier steeds stiller, zeker ’s avonds.”',
      ],
      'nl',
    );
    expect(speakers(nl)).toEqual(['Kees Jansen']);
  });

  it('a body named only by its common noun speaks as that noun, not as the person named last', () => {
    const q = quotes(
      [
        '« Nous ne partirons pas sans garanties », a déclaré Marc Lefèvre, délégué syndical.',
        'La préfecture de région a indiqué qu’elle « recevra les représentants des salariés la semaine prochaine ».',
      ],
      'fr',
    );
    expect(speakers(q)).toEqual(['Marc Lefèvre', 'préfecture de région']);
  });

  it('French "son" (his) is not the role noun: "sourit-elle" goes back to the woman named', () => {
    const q = quotes(
      [
        'Élise Martin, 44 ans, tient la boulangerie depuis vingt ans.',
        'Son secret ? « Je me lève à trois heures tous les matins, même le dimanche », sourit-elle.',
      ],
      'fr',
    );
    expect(speakers(q)).toEqual(['Élise Martin']);
  });

  it('Russian: an attribution between dashes inside the guillemets, and a surname in another case', () => {
    const q = quotes(
      [
        '«Мы ждали этого десять лет, – рассказала учительница Ольга Соколова. – Теперь у детей будет свой бассейн».',
        'По словам Соколовой, «первые занятия начнутся уже в сентябре».',
      ],
      'ru',
    );
    expect(texts(q)).toEqual([
      'Мы ждали этого десять лет … Теперь у детей будет свой бассейн',
      'первые занятия начнутся уже в сентябре',
    ]);
    expect(speakers(q)).toEqual(['Ольга Соколова', 'Ольга Соколова']);
  });

  it('Chinese: "该公司" stands for the company named before it', () => {
    const q = quotes(
      [
        '上周，星河科技宣布推出新款手机。',
        '该公司在发布会上表示：“新机型的电池续航提升了三成，售价保持不变。”',
      ],
      'zh',
    );
    expect(speakers(q)).toEqual(['星河科技']);
  });
});

describe('split verbs and subjects left out', () => {
  it('Dutch and German: a verb split around its object ("laat … weten", "teilte … mit")', () => {
    expect(
      speakers(
        quotes(
          [
            'Het Rijksmuseum laat in een verklaring weten dat het plan „een nieuwe start voor de hele collectie” is.',
          ],
          'nl',
        ),
      ),
    ).toEqual([expect.stringMatching(/Rijksmuseum$/u)]);
    expect(
      speakers(
        quotes(
          [
            'Die Deutsche Bahn teilte am Montag mit, die Strecke sei „ab sofort wieder voll befahrbar für alle Züge“.',
          ],
          'de',
        ),
      ),
    ).toEqual([expect.stringMatching(/Deutsche Bahn$/u)]);
  });

  it('Polish: "jak podała" with no subject goes to the body the sentence before is about', () => {
    const found = quotes(
      [
        'Okręgowa Spółdzielnia Mleczarska podniesie cenę skupu mleka. Decyzję ogłosił prezes Tomasz Wierzbicki.',
        'Spółdzielnia skupuje mleko od trzech tysięcy gospodarstw. W październiku, jak podała w komunikacie, „sytuacja na rynku masła wyraźnie się poprawiła”.',
      ],
      'pl',
    );
    expect(speakers(found)).toEqual(['Okręgowa Spółdzielnia Mleczarska']);
  });
});

describe('role nouns of each language', () => {
  it('Indonesian: a capitalised role, then the name, after the verb', () => {
    expect(
      speakers(
        quotes(
          ['"Kami akan terus memantau situasi di lapangan," kata Kepala Dinas Kesehatan, Budi Santoso.'],
          'id',
        ),
      ),
    ).toEqual(['Budi Santoso']);
  });

  it('Korean: a two-syllable role after the name it belongs to', () => {
    expect(speakers(quotes(['김민수 과장은 “노선을 늘릴 계획이다”라고 말했다.'], 'ko'))).toEqual(['김민수']);
  });

  it('Spanish: "dijo" after a sentence opened by a role and the name after it', () => {
    const found = quotes(
      [
        'El presidente de Oleojaén, Antonio Ruiz Molina, explicó que los compradores visitaron las almazaras. “Les impresionó la trazabilidad de cada botella”, dijo.',
      ],
      'es',
    );
    expect(speakers(found)).toEqual(['Antonio Ruiz Molina']);
  });
});

describe('not quotes', () => {
  it('leaves out names after an article or preposition, in any marks', () => {
    const q = quotes(
      [
        'Modellino della DeLorean, da «Ritorno al Futuro», scala 1:24.',
        'Gli appassionati ricordano il flop de “La leggenda del Grande Tempio” del 2014.',
      ],
      'it',
    );
    expect(texts(q)).toEqual([]);
  });

  it('leaves out an unattributed phrase after a possessive (a title or a term of the writer’s)', () => {
    const q = quotes([
      'Over the years covered in my “short history of the modern office building”, people stopped walking.',
      '“Offices are built for people who no longer come in,” said Tom Reyes, an architect.',
    ]);
    expect(texts(q)).toEqual(['Offices are built for people who no longer come in']);
  });

  it('leaves out linked headlines, quote-only headings and copyright lines', () => {
    const q = quotes([
      "'Meth. We're On It.': South Dakota spends $449K on new anti-meth ad campaign",
      '“U.S.-controlled bandit formations”',
      '© 2019 “Big River Media Group” All rights reserved',
    ]);
    expect(texts(q)).toEqual([]);
  });

  it.each([
    ['Korean', "저작권자 ⓒ '대중문화컨텐츠 전문가그룹 미디어' 엔터미디어, 무단전재 및 재배포금지"],
    ['Japanese', '「株式会社サンプル新聞社の記事」無断転載を禁じます'],
  ])('leaves out a %s copyright line', (_, line) => {
    expect(texts(quotes(['본문입니다.', line]))).toEqual([]);
  });

  it('does not stretch one quotation across two separately quoted terms', () => {
    const q = quotes([
      '"2026 will accelerate the shift from "application consumption" to AI-as-a-Service, and SaaS will not disappear," said Ramy Houssaini.',
    ]);
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toContain('to AI-as-a-Service');
    expect(q[0]!.speaker?.name).toBe('Ramy Houssaini');
  });
});

describe('constructions found in articles written this stop (tuning-h3-*)', () => {
  it('German: "die Rentnerin" after "Anwohnerin Petra Lange" is her (-erin names a role)', () => {
    const q = quotes(
      [
        'Anwohnerin Petra Lange, 67, freut sich dagegen. „Endlich kann ich ohne Angst über die Straße gehen“, sagt die Rentnerin.',
      ],
      'de',
    );
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Petra Lange', role: 'Anwohnerin' }]);
  });

  it.each([
    [
      'fr',
      'Le ministre, Philippe Tabarot, a appelé au calme. Interrogé sur France Inter, il a assuré que « tout sera fait pour garantir un service minimum ».',
      'Philippe Tabarot',
    ],
    [
      'en',
      'Jim Bell was angry. Asked by Jane Fox about it, he said: “We will not back down on this, ever.”',
      'Jim Bell',
    ],
  ])(
    '%s: a name after a preposition in the opening phrase is not what the pronoun means',
    (lang, text, who) => {
      expect(speakers(quotes([text], lang))).toEqual([who]);
    },
  );

  it('Russian: a person named after "по словам" is named in the nominative when "он" points back', () => {
    const q = quotes(
      [
        'По словам заместителя мэра Андрея Бочкарёва, на станциях уже ведутся отделочные работы. «Осталось установить эскалаторы и провести испытания», — сказал он.',
      ],
      'ru',
    );
    expect(speakers(q)).toEqual(['Андрей Бочкарёв']);
  });

  it('Russian: a place in the genitive between a role and a name belongs to the role', () => {
    const q = quotes(
      ['«Мы завершаем строительство самого длинного кольца», — заявил мэр Москвы Сергей Собянин.'],
      'ru',
    );
    expect(q.map((x) => x.speaker)).toEqual([{ name: 'Сергей Собянин', role: 'мэр Москвы' }]);
  });

  it('Portuguese and Spanish: "Para o deputado X," credits a view to a person, "Para os jovens," to no one', () => {
    expect(
      speakers(quotes(['Para o deputado Hugo Carneiro, o programa "chega tarde e é curto demais".'], 'pt')),
    ).toEqual(['Hugo Carneiro']);
    expect(
      speakers(quotes(['Para los jóvenes, la vivienda es "un sueño cada vez más lejano para todos".'], 'es')),
    ).toEqual([null]);
  });
});

describe('constructions found in a second batch written this stop (tuning-h3-*)', () => {
  it('Indonesian: a name ends before "di" (a preposition here), and "tegasnya" carries its subject', () => {
    const q = quotes(
      [
        'Kepala Badan Pangan Nasional Arief Prasetyo Adi mengatakan kenaikan itu perlu. "Biaya produksi petani sudah naik," kata Arief di Jakarta, Senin.',
        'Sementara itu, Menteri Perdagangan Budi Santoso meminta masyarakat tidak panik. "Stok beras nasional cukup sampai akhir tahun," tegasnya.',
      ],
      'id',
    );
    expect(speakers(q)).toEqual(['Arief Prasetyo Adi', 'Budi Santoso']);
  });

  it('Italian: a verb followed by a preposition has no subject of its own; a role runs on to the name after it', () => {
    const q = quotes(
      [
        'Il ministro della Salute Orazio Schillaci ha risposto ai sindacati. «Abbiamo stanziato le risorse, ora servono i tempi tecnici», ha spiegato a margine di un evento a Roma.',
        "«Con queste cifre copriamo appena i pensionamenti», ha commentato l'assessore lombardo al Welfare, Guido Bertolaso.",
      ],
      'it',
    );
    expect(speakers(q)).toEqual(['Orazio Schillaci', 'Guido Bertolaso']);
  });

  it('Korean: an honorific written apart ("김민수 씨는") and an unnamed official of a body ("… 관계자는")', () => {
    const q = quotes(
      [
        '서울시 교통정책과장 김민수 씨는 "수요가 많은 지역을 중심으로 노선을 짰다"고 설명했다.',
        '전국자동차노동조합연맹 관계자는 "인력 충원 없이 노선만 늘리면 피로가 쌓인다"고 지적했다.',
      ],
      'ko',
    );
    expect(speakers(q)).toEqual(['김민수', '전국자동차노동조합연맹 관계자']);
  });

  it('Dutch and German: a name holds its particles, a second "van" opens a portfolio', () => {
    expect(
      speakers(
        quotes(
          ['"We geven de stad terug aan fietsers," zegt wethouder Lot van Hooijdonk van Mobiliteit.'],
          'nl',
        ),
      ),
    ).toEqual(['Lot van Hooijdonk']);
    expect(speakers(quotes(['“We will win this one,” said Ursula von der Leyen today.']))).toEqual([
      'Ursula von der Leyen',
    ]);
  });

  it('Polish: a dash turn after narrative in the same paragraph, and "Według dr. X" in the nominative', () => {
    const q = quotes(
      [
        'Mieszkańcy czekali na tramwaj od lat. – Do tej pory dojazd do centrum zajmował mi godzinę – mówi pani Barbara, emerytka.',
        'Eksperci chwalą inwestycję. Według dr. Michała Wolańskiego z SGH to „najlepiej wydane pieniądze na transport w ostatnich latach”.',
      ],
      'pl',
    );
    expect(texts(q)).toEqual([
      'Do tej pory dojazd do centrum zajmował mi godzinę',
      'najlepiej wydane pieniądze na transport w ostatnich latach',
    ]);
    expect(speakers(q)).toEqual(['Barbara', 'Michał Wolański']);
  });

  it('English: "“…” announced in October, said X": the first verb is the quote’s own', () => {
    const q = quotes([
      '"The president wants the option of a bigger deal. Bigger than just the little deal" announced in October, said Derek Scissors, a China scholar.',
    ]);
    expect(speakers(q)).toEqual(['Derek Scissors']);
  });
});

describe('constructions found in a third batch written this stop (tuning-h3-*)', () => {
  it('Japanese: a topic with an honorific or an age, and a phrase of occasion before the quote', () => {
    const q = quotes(
      [
        '小池百合子知事は記者会見で「子どもたちが学びたい学校を選べるようにしたい」と述べた。',
        '会社員の田中健一さん（48）は「年間数十万円の負担が減るのは本当に助かる」と話した。',
      ],
      'ja',
    );
    expect(speakers(q)).toEqual(['小池百合子', '田中健一']);
  });

  it('Chinese: the full-width comma before the closing mark is not part of the quote', () => {
    const q = quotes(['家住天通苑的市民王女士告诉记者，以前要倒两次车。“每天能多睡半个小时，”她说。'], 'zh');
    expect(texts(q)).toEqual(['每天能多睡半个小时']);
  });

  it('Spanish and French verbs of features: "lo resume así:", "déplore X"', () => {
    expect(
      speakers(
        quotes(['Josep Vila lo resume así: "Si no llueve en primavera, este año no habrá fruta".'], 'es'),
      ),
    ).toEqual(['Josep Vila']);
    expect(
      speakers(
        quotes(
          [
            '« Nos enfants font une heure de bus chaque matin », déplore Samia Benali, mère de trois enfants.',
          ],
          'fr',
        ),
      ),
    ).toEqual(['Samia Benali']);
  });
});

describe('constructions found in a fourth batch written this stop (tuning-h3-*)', () => {
  it('German: a sentence opening with an article and a noun names no one ("Die Betriebe …, sagte er")', () => {
    const q = quotes(
      [
        'Der Hauptgeschäftsführer des Verbands, Heinrich Traublinger, fordert Hilfe. Die Betriebe bräuchten dringend Entlastung, sagte er. „Sonst verschwindet ein Stück bayerische Kultur.“',
      ],
      'de',
    );
    expect(speakers(q)).toEqual(['Heinrich Traublinger']);
  });

  it('German: a compound of a body’s noun stands for that body ("Das Wirtschaftsministerium … heißt es")', () => {
    const q = quotes(
      [
        'Das Wirtschaftsministerium verweist auf bestehende Programme. „Wir unterstützen das Handwerk mit Millionen“, heißt es in einer Stellungnahme.',
      ],
      'de',
    );
    expect(speakers(q)).toEqual(['Wirtschaftsministerium']);
  });

  it('Korean: a company’s side is the company ("현대자동차 측은")', () => {
    const q = quotes(['현대자동차 측은 "판매 확대에 도움이 될 것"이라고 밝혔다.'], 'ko');
    expect(speakers(q)).toEqual(['현대자동차']);
  });

  it('Russian: a place in -а is the role’s, but a first name before a patronymic is not a place', () => {
    const q = quotes(
      [
        '«Мост не ремонтировался почти сорок лет», — заявила вице-губернатор Санкт-Петербурга Анна Иванова.',
        '«Мы справимся с этой задачей вовремя», — заявила Анна Ивановна Петрова, директор школы.',
      ],
      'ru',
    );
    expect(speakers(q)).toEqual(['Анна Иванова', 'Анна Ивановна Петрова']);
  });
});

describe('more verbs and orders of the languages read', () => {
  it.each([
    [
      'fr',
      '« Nous ne lâcherons rien sur les salaires », a martelé Sophie Binet, secrétaire générale du syndicat.',
      'Sophie Binet',
    ],
    [
      'pl',
      '– Nie ma zgody na podwyżki cen energii dla gospodarstw domowych – zapowiedział premier Donald Tusk.',
      'Donald Tusk',
    ],
    [
      'nl',
      'Volgens woordvoerder Peter de Vries is de situatie “onder controle en is er geen gevaar voor omwonenden”.',
      'Peter de Vries',
    ],
    [
      'en',
      'According to spokesman Peter Vries the situation is “under control and there is no danger to anyone”.',
      'Peter Vries',
    ],
  ])('%s: %s', (lang, paragraph, speaker) => {
    expect(speakers(quotes([paragraph], lang))).toEqual([speaker]);
  });

  it('German: a word of thought reports speech right after the quote, before its pronoun ("findet sie")', () => {
    const q = quotes(
      [
        'Anna Schmidt, 54, wohnt seit dreißig Jahren im Viertel.',
        '„Früher kannte hier jeder jeden, das ist vorbei“, findet sie.',
      ],
      'de',
    );
    expect(speakers(q)).toEqual(['Anna Schmidt']);
  });

  it('German: but not in narrative ("Das Fest findet im Mai statt.")', () => {
    const q = quotes(
      ['Das Fest findet im Mai statt. „Wir freuen uns schon sehr auf alle Gäste aus der Stadt“.'],
      'de',
    );
    expect(speakers(q)).toEqual([null]);
  });

  it('Spanish: the raya set against the words, the attribution closed by another and the speech going on', () => {
    const q = quotes(
      [
        'Carmen Ruiz lleva veinte años en el mercado.',
        '—Antes se vendía mucho más —lamenta—. Ahora la gente compra en el supermercado y nadie viene al mercado.',
        '—Veinte años, desde que murió mi padre y me quedé con el puesto —responde la vendedora Carmen Ruiz.',
      ],
      'es',
    );
    expect(texts(q)).toEqual([
      'Antes se vendía mucho más',
      'Ahora la gente compra en el supermercado y nadie viene al mercado.',
      'Veinte años, desde que murió mi padre y me quedé con el puesto',
    ]);
    expect(speakers(q)).toEqual(['Carmen Ruiz', 'Carmen Ruiz', 'Carmen Ruiz']);
  });
});

describe('more of the languages read: bodies, orders and verbs', () => {
  it.each([
    [
      'ru',
      'В пресс-службе метрополитена сообщили, что «все системы работают в штатном режиме и поезда ходят по графику».',
      'пресс-служба метрополитена',
    ],
    [
      'ru',
      '«Все системы работают в штатном режиме и поезда ходят по графику», — сообщили в пресс-службе метрополитена.',
      'пресс-служба метрополитена',
    ],
    ['ru', 'В МЧС пояснили: «Пострадавших нет, пожар потушен за сорок минут силами двух расчётов».', 'МЧС'],
    [
      'it',
      '«Non si può tenere in ostaggio milioni di pendolari», ha detto il ministro dei Trasporti Matteo Salvini.',
      'Matteo Salvini',
    ],
    [
      'pt',
      'O Ministério da Agricultura informou, em nota, que acompanha a situação e que “medidas de apoio estão sendo estudadas pelo governo”.',
      'Ministério da Agricultura',
    ],
  ])('%s: %s', (lang, paragraph, speaker) => {
    expect(speakers(quotes([paragraph], lang))).toEqual([speaker]);
  });

  it('Arabic: "اعتبر" (considered) introduces what is said', () => {
    const got = speakers(
      quotes(
        ['من جهته، اعتبر الخبير الاقتصادي سامي النجار أن "الزيادة ستنعكس على أسعار كل السلع في الأسواق".'],
        'ar',
      ),
    );
    expect(got).toHaveLength(1);
    expect(got[0]).toContain('سامي النجار');
  });

  it('Italian: a verb left without its subject after the quote goes to the one in play, not to a place ("sui social")', () => {
    const q = quotes(
      [
        'Il ministro Matteo Salvini ha criticato la protesta. «Non si può tenere in ostaggio milioni di pendolari», ha scritto sui social.',
      ],
      'it',
    );
    expect(speakers(q)).toEqual(['Matteo Salvini']);
  });

  it('Russian: a plural verb with no body in the locative credits no one ("рассказали в интервью")', () => {
    const q = quotes(['«Пострадавших нет, пожар потушен за сорок минут», — рассказали в интервью.'], 'ru');
    expect(speakers(q).filter(Boolean)).toEqual([]);
  });
});

describe('short forms and bodies in more languages', () => {
  it('Korean: a surname and role stand for the person introduced with them ("김 장관은" → 김영호)', () => {
    const q = quotes(
      ['김영호 통일부 장관은 이날 국회에서 답변했다.', '김 장관은 "대화의 문은 항상 열려 있다"고 강조했다.'],
      'ko',
    );
    expect(q.map((x) => x.speaker)).toEqual([{ name: '김영호', role: '장관' }]);
  });

  it('Spanish: a body after "del" keeps its name ("fuentes del Ministerio de Hacienda")', () => {
    const q = quotes(
      ['Según fuentes del Ministerio de Hacienda, “el acuerdo está muy cerca de cerrarse esta semana”.'],
      'es',
    );
    expect(speakers(q)[0]).toContain('Ministerio de Hacienda');
  });

  it('Indonesian: "ungkap" after the quote', () => {
    const q = quotes(
      ['"Kami sudah berkoordinasi dengan semua pihak," ungkap Kapolda Metro Jaya Irjen Karyoto.'],
      'id',
    );
    expect(speakers(q)).toEqual(['Karyoto']);
  });
});
