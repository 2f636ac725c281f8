import type { LanguageData } from './types';

export const id: LanguageData = {
  code: 'id',
  script: 'latin',
  commonWords: 'yang dan ini itu dengan untuk dari dalam tidak akan adalah kami'.split(' '),
  verbs: (
    'kata ujar tutur ucap jelas mengatakan menyatakan menjelaskan menegaskan menandaskan menyebut ' +
    'menyebutkan berkata bertanya menambahkan mengungkapkan memaparkan menuturkan menyampaikan mengaku ' +
    'sebut imbuh tambah bilang ungkap tegas terang papar jawab tanya lanjut'
  ).split(' '),
  pronounVerbs:
    'katanya ujarnya tuturnya ucapnya jelasnya imbuhnya tambahnya sebutnya tegasnya ungkapnya terangnya akunya paparnya'.split(
      ' ',
    ),
  sources: ['menurut'],
  orgWords: (
    'badan kementerian dinas lembaga komisi pusat nasional daerah bank universitas institut partai ' +
    'dewan majelis mahkamah pemerintah kabupaten kota provinsi keuangan kesehatan pendidikan pertahanan ' +
    'perdagangan perindustrian pertanian perhubungan pangan ' +
    // (Portfolios: "Juru bicara Kementerian Luar Negeri Roy Soemirat", "Menteri Dalam Negeri".)
    'negeri agama sosial hukum ketenagakerjaan pariwisata kelautan perikanan kehutanan energi perumahan ' +
    'investasi komunikasi informatika'
  ).split(' '),
  roleWords: (
    'kepala menteri ketua direktur presiden gubernur bupati walikota wali juru bicara jubir pengamat ekonom peneliti dosen profesor pengacara pendiri kapolri kapolda kapolres panglima jenderal irjen brigjen kombes akbp kompol iptu ipda aiptu mayjen letjen laksamana marsekal ' +
    // (Family, witnesses and the people a story meets, before or as a name: "the victim's father".)
    'ibu anak kakak adik istri suami janda teman saksi korban pasien mahasiswa mahasiswi siswa guru dokter perawat petani pekerja karyawan warga pemilik analis spesialis aktivis perwakilan pemimpin pelatih pemain kapten penulis wartawan jurnalis jaksa'
  ).split(' '),
  pronouns: ['dia', 'ia', 'beliau'],
  orgNouns: 'dinas kementerian pemerintah perusahaan kepolisian polisi pemkab pemkot lembaga'.split(' '),
  firstPerson: ['saya', 'aku', 'kami', 'kita'],
  subjectEnds: ['di', 'pada', 'saat', 'dalam', 'kepada', 'usai'],
  nameBreaks: ['di'],
  complementizers: ['bahwa'],
};
