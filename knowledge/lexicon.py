"""The words of the domain, as patterns over lower-cased article text.

Kept apart from the extractor so that a reader can see at a glance which words make a
sentence about a closure, a count of workers, a target or aid, and extend them.
"""

from __future__ import annotations

import re

# "lokalisasi" and the typos it meets in print (lokasisasi, lokalisai), but not "lokasi".
LOKALISASI = r"(?:lok[a-z]{3,8}si(?:nya)?|lokalisai|prostitusi|pelacuran)"
LOKALISASI_RE = re.compile(rf"\b{LOKALISASI}\b")

# Emptied and sealed are closed too: "Kompleks TKM … akhirnya dikosongkan", "31 rumah di
# lokalisasi Gang 12 disegel".
CLOSURE_RE = re.compile(
    r"\b(?:di|me|pe)?(?:nutup|tutup)(?:an|nya|kan|i)?(?:nya|lah)?\b|\bdibubarkan\b|\bpembubaran\b"
    r"|\bmerealisasikan(?:nya)?\b|\b(?:dikosongkan|pengosongan|mengosongkan)\b"
)
# What a closing verb closes when it is not a lokalisasi: "menutup perusahaan tambang",
# "menutup mata", "menutup rekening".
CLOSES_OTHER_RE = re.compile(
    r"\s+(?:sementara\s+)?(?:perusahaan|tambang|izin|mata|telinga|kemungkinan|celah|acara|rapat"
    r"|rekening|kasus|aurat|kepala|kegiatan\s+(?:belajar|sekolah|rapat))\b"
)
# A closure named inside a clause about something else: "sebelum penutupan", "usai ditutup".
# Where a closure clause stops: what follows is its reason or purpose, not its status.
REASON_TAIL_RE = re.compile(r"\b(?:karena|sebab|agar|supaya|sehingga|untuk mencegah)\b")
# "rapat koordinasi penutupan lokalisasi": a meeting named for the closure. "menjelang rencana
# penutupan … pada 31 Desember 2018" still states the plan.
CLOSURE_ASIDE_RE = re.compile(
    r"\b(?:sebelum|setelah|sesudah|pasca|usai|seusai|jelang|menjelang|tak sekedar|tidak sekadar"
    r"|tak sekadar|saat|ketika|pada saat|selama)\s+(?!rencana\s)(?:\w+\s+)?$"
    # "rapat koordinasi rencana penutupan …, Selasa (30/1)": the meeting's day, not the closure's.
    # "rapat tindak lanjut penutupan …": a meeting that follows a closure up.
    r"|\brapat\s+(?:koordinasi\s+)?(?:tindak\s+lanjut\s+|\w+\s+)?$"
    r"|\b(?:sosialisasi|membahas|pembahasan)\s+(?:rencana\s+|persiapan\s+)?$"
    r"|\bkesiapan\s+(?:\w+\s+)?$"  # "memastikan kesiapan teknis penutupan": getting ready
    # "rapat koordinasi tim terpadu pembubaran lokalisasi …, tanggal 6 Agustus": a team named
    # for the closure; "studi banding terkait rencana penutupan … di Kota Surabaya": a visit;
    # "tahapan dukungan pembubaran lokalisasi … tahun 2019": support for it, not the closure.
    r"|\b(?:tim|dukungan)\s+(?:\w+\s+)?$|\bstudi banding\s+(?:\w+\s+){0,2}$"
)
FUTURE_RE = re.compile(
    r"\b(?:akan|bakal|rencana\w*|berencana|merencanakan|direncanakan|segera|siap|ditargetkan"
    r"|targetkan|menargetkan|ditarget|targetnya|paling lambat|selambat-lambatnya|dijadwalkan"
    r"|nanti|mendatang|menunggu|dimulai|sasaran|selanjutnya|persiapan)\b"
)
# "beberapa tahun yang lalu": in the past, though no date says when.
PAST_TIME = r"\b(?:tahun|bulan|pekan|minggu)\s+(?:yang\s+)?(?:lalu|silam)\b"
DONE_RE = re.compile(
    r"\b(?:sudah|telah|resmi|berhasil|sempat|akhirnya|merealisasikan(?:nya)?)\b"
    rf"|{PAST_TIME}"
    rf"|\btidak (?:lagi|ada lagi) (?:memiliki|mempunyai|punya|ada)\s+{LOKALISASI}"
)
PENDING_RE = re.compile(r"\bbelum\b")
FOLLOWS_RE = re.compile(r"\bmenyusul\s+$")

WORKER = (
    r"(?:psk|pekerja seks(?: komersial| komersil)?|penjaja seks|wanita tuna susila|wts|wps"
    r"|wanita harapan|wanita pekerja seks|perempuan pekerja seks|wanita penghibur"
    r"|perempuan penghibur)"
)
WORKER_LOOSE = rf"(?:{WORKER}|pekerja|penghuni|anak asuh)"
PEOPLE_UNIT = r"(?:orang|jiwa)"
REMAINING_RE = re.compile(r"\b(?:masih ada|tersisa|sisa|tinggal|lagi)\b")
TOTAL_RE = re.compile(r"\b(?:total(?:nya)?|seluruhnya|keseluruhan|jumlah seluruh)\b")
SUPERLATIVE_RE = re.compile(
    r"\b(terbanyak|terbesar|terkecil|tersedikit|tertua|terbaru|paling banyak|paling besar)\b"
)

TARGET_RE = re.compile(
    r"\b(?:target\w*|ditarget\w*|menargetkan|sasaran)\b|\bbebas\b|\bmembebaskan\b"
    r"|\btidak ada lagi\b|\bzero\b"
)
FREE_OF_RE = re.compile(
    rf"\bbebas\s+(?:dari\s+)?{LOKALISASI}|\bmembebaskan\b.{{0,40}}?\bdari\s+{LOKALISASI}"
    rf"|\btidak ada lagi\s+{LOKALISASI}"
    rf"|\bseluruh\s+(?:tempat\s+)?{LOKALISASI}\b.{{0,80}}\b(?:ditutup|ditertibkan|dibubarkan)\b"
    rf"|\bzero\s+{LOKALISASI}"
)

AID_WORD_RE = re.compile(
    r"\b(?:bantuan|modal|moda|usaha|jatah hidup|jadup|santunan|uang|dana|biaya|diberi|diberikan"
    r"|menerima|mendapat\w*|memberikan|program|insentif|tali asih|pesangon|stimulan)\b"
)
AID_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("usaha ekonomi produktif", re.compile(r"\busaha ekonomi produktif\b|\buep\b")),
    ("modal usaha", re.compile(r"\bmoda?l?\s+(?:[a-z]+\s+){0,2}?usaha\b|\bmodal kerja\b")),
    # jatah hidup, jaminan hidup and biaya hidup are one allowance under three names.
    (
        "jatah hidup",
        re.compile(r"\bjatah hidup\b|\bjadup\b|\bjaminan hidup\b|\bbiaya hidup\b|\buang hidup\b"),
    ),
    (
        "pemulangan",
        re.compile(
            r"\bpemulangan\b|\bongkos pulang\b|\bbiaya pulang\b|\btransport(?:asi)? pulang\b"
            r"|\buang transport\w*\b|\bbiaya transport\w*\b|\btransport\w* pulang\b"
            r"|\bkembali ke daerah asal\b|\b(?:biaya|ongkos|uang) (?:perjalanan|tiket) pulang\b"
            r"|\buang pulang\b|\btiket pulang\b"
        ),
    ),
    ("santunan", re.compile(r"\bsantunan\b|\btali asih\b|\buang kerohiman\b|\bkompensasi\b")),
    ("uang saku", re.compile(r"\buang saku\b")),
    ("bantuan stimulan", re.compile(r"\bstimulan\b")),
    # "Rp1,2 miliar untuk membeli dan merenovasi bekas wisma": money for buildings, not people.
    (
        "renovasi",
        re.compile(r"\b(?:me|di)?renovasi\b|\bperbaikan bangunan\b|\brehabilitasi bangunan\b"),
    ),
    ("total bantuan", re.compile(r"\btotal(?:nya)?\b|\bsecara keseluruhan\b")),
    # "kami alokasikan Rp145 juta", "Pemkot menganggarkan Rp1,2 miliar": a budget.
    (
        "anggaran",
        re.compile(r"\banggaran\b|\b(?:di|meng)?alokasikan\b|\b(?:di|meng)anggarkan\b"),
    ),
]
PER_PERSON_RE = re.compile(
    r"\bper\s+(?:orang|kepala|jiwa|psk)\b|\bsetiap\b|\btiap\b|\bmasing-masing\b"
)
FUNDING_RE = re.compile(
    r"\b(apbn|apbd(?:\s+(?:provinsi|kabupaten|kota))?|anggaran pendapatan dan belanja"
    r"(?:\s+(?:negara|daerah))|dana desa|csr|dana hibah)\b"
)
FUNDING_VERB_RE = re.compile(
    r"\b(?:dana|anggaran|membiayai|dibiayai|bersumber|sumber dana|mengalokasikan)\b"
)
RECIPIENT_RE = re.compile(
    rf"\b((?:para\s+)?(?:mantan|eks)\s+{WORKER_LOOSE}|(?:para\s+)?{WORKER}"
    r"|(?:para\s+)?(?:mucikari|muncikari|germo))\b"
)

REASON_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "dampak buruk",
        re.compile(
            r"\b(?:eksploitasi|kekerasan|perdagangan (?:orang|manusia)|trafficking|penyakit"
            r"|hiv|aids|kriminal\w*|kejahatan|narkoba|asusila|maksiat)\b"
        ),
    ),
    (
        "perintah",
        re.compile(
            r"\b(?:instruksi presiden|inpres|sesuai instruksi|instruksi|perintah|amanat|perda"
            r"|peraturan daerah|undang-undang)\b"
        ),
    ),
    ("target", re.compile(r"\b(?:memenuhi target|mewujudkan|guna memenuhi|demi)\b")),
    (
        "alasan",
        re.compile(
            r"\b(?:ditutup|menutup|penutupan)\s+(?:\w+\s+)?(?:karena|sebab|agar|supaya)\b"
            # "menutup kawasan eks lokalisasi … guna memutus rantai penularan": its purpose.
            r"|\b(?:ditutup|menutup|penutupan)\b[^.;]{0,120}?\bguna\s+me\w+"
        ),
    ),
]

# Organisations, as givers of aid and actors of closures: (pattern, display form).
ORGANISATIONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"\bkementerian sosial(?: republik indonesia| ri)?\b|\bkemensos\b|\bkemsos\b"),
        "Kementerian Sosial",
    ),
    (re.compile(r"\bmenteri sosial\b|\bmensos\b"), "Menteri Sosial"),
    (re.compile(r"\bpemerintah pusat\b"), "Pemerintah Pusat"),
    (re.compile(r"\bpemerintah pro[vp]insi\b|\bpempro[vp]\b"), "Pemerintah Provinsi"),
    (re.compile(r"\bpemerintah kabupaten\b|\bpemkab\b"), "Pemerintah Kabupaten"),
    (re.compile(r"\bpemerintah kota\b|\bpemkot?\b"), "Pemerintah Kota"),
    (re.compile(r"\bpemerintah daerah\b|\bpemda\b"), "Pemerintah Daerah"),
    (
        re.compile(
            r"\bdinas sosial(?:,? tenaga kerja,? dan transmigrasi)?\b"
            r"|\bdinsos(?:nakertrans|naker)?\b"
        ),
        "Dinas Sosial",
    ),
    (re.compile(r"\bbaznas\b"), "Baznas"),
    # People in office give too: "Gubernur NTT memberikan Rp1 juta", "Wali Kota Bitung …".
    (re.compile(r"\bgubernur\b"), "Gubernur"),
    (re.compile(r"\bbupati\b"), "Bupati"),
    (re.compile(r"\bwali\s?kota\b|\bwalkot\b"), "Wali Kota"),
]
# A company named as a giver: "PT Segara Dewata", "perusahaan nikel PT …".
COMPANY_RE = re.compile(r"\bPT\.?\s+(?:[A-Z][\w&.-]*\s*){1,4}")

ROLE = (
    r"(?:(?:Pelaksana Tugas|Plt\.?|Wakil)\s+)?"
    r"(?:Menteri Sosial|Mensos|Menteri(?:\s+[A-Z]\w+){1,3}|Gubernur|Bupati|Wali\s?[Kk]ota|Walkot"
    r"|Wabup|Wagub|Wawali|Kasatpol\s?PP|Kasat\s?Pol\.?\s?PP|Kasatpol"
    r"|Sekretaris Daerah|Sekda|Camat|Lurah|Kepala Desa|Kades|Kapolresta(?:bes)?|Kapolres|Kapolda"
    r"|Kapolsek|Kasat\s?Reskrim|Asisten"
    r"|Ketua DPRD|Ketua|Direktur Jenderal|Dirjen|Direktur|Kepala Dinas Sosial|Kadinsos"
    r"|Kepala Dinsos\w*|Kepala Dinas|Kepala Bidang|Kabid|Kepala Seksi|Kasi|Kepala"
    r"|Koordinator|Sekretaris|Staf Ahli|Anggota DPRD)"
)
ROLE_RE = re.compile(rf"\b{ROLE}\b")
# Words that belong to an office's name, not to the person holding it.
OFFICE_WORDS = frozenset(
    [
        "dinas",
        "sosial",
        "provinsi",
        "kabupaten",
        "kota",
        "kecamatan",
        "tenaga",
        "kerja",
        "transmigrasi",
        "dan",
        "pemberdayaan",
        "perempuan",
        "daerah",
        "ri",
        "republik",
        "indonesia",
        "bidang",
        "rehabilitasi",
        "kesejahteraan",
        "dinsos",
        "dinsosnakertrans",
        "dinsosnaker",
        "pemerintah",
        "perlindungan",
        "anak",
        "pelaksana",
        "tugas",
        "plt",
        "wakil",
        "kementerian",
        "badan",
        "pusat",
        "urusan",
        "jenderal",
        "pembangunan",
        "dprd",
        *"paguyuban warga koordinator aksi forum lembaga ikatan persatuan asosiasi".split(),
        *"satpol pp polisi pamong praja satuan polres polsek".split(),
        # The forces that guard a closing ("709 kekuatan yang terdiri atas TNI, Polri, …").
        *"tni polri polda polresta polrestabes kodim koramil korem brimob".split(),
        # "Ketua Asosiasi Usaha Hiburan …, X", "Direktur Rehabilitasi Sosial Tuna Sosial dan
        # Korban Perdagangan Orang": the office's words.
        *"disosnakertrans usaha hiburan tuna korban perdagangan setkot setda reskrim".split(),
    ]
)
# Abbreviations everyone uses for something else: "Sunan Kuning (SK)" in one story does not
# make every "SK" (surat keputusan) of a question that lokalisasi.
COMMON_ABBREVIATIONS = frozenset("sk pp kk uu rt rw perda apbd apbn psk wps wts pt cv".split())
HONORIFICS = frozenset("h hj dr drs dra ir prof kh ust ustadz ustazah".split())
# Academic degrees written after a name: "M.Si", "SH", "S.Sos", "MM", "S.Pd".
DEGREE_RE = re.compile(r"(?:[SMD]\.?\s?[A-Z][a-z]{0,3}\.?|SH|SE|MM|MH|MT|MSi|MPd|SIP|MAP|MBA|PhD)")
# Capitalised words that are never a person's name.
NOT_NAMES = frozenset(
    "senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli "
    "agustus september oktober november desember pada saat ketika nomor no nomer tentang "
    # Words that open a sentence before a comma: "Sebelumnya, Asisten I Setda …" names no one.
    "sebelumnya sementara namun kemudian selanjutnya sedangkan adapun akhirnya itu".split()
)
# A regulation or decree ("Perda Nomor 5 Tahun 2018", "SK Bupati Nomor 188/45/2017 tanggal …",
# "Peraturan Bupati Mimika yang diteken pada …"): the dates in its name are its own.
DECREE = (
    r"\b(?:perda|perbup|perwal[i]?|pergub|perpres|inpres|permen\w*|qanun|undang-undang|uu"
    r"|peraturan|surat keputusan|sk|surat edaran"
    r"|(?:keputusan|instruksi)\s+(?:bupati|wali\s?kota|gubernur|menteri|presiden)\w*)\b"
)
# The text before a date that makes the date part of a decree's number or its signing.
DECREE_DATE_BEFORE_RE = re.compile(
    rf"{DECREE}[^.;]{{0,50}}?\b(?:nomor|nomer|no\.?)\s*[\w/.-]+\s*(?:tahun\s*)?$"
    rf"|{DECREE}[^.;]{{0,80}}?\b(?:tanggal|tertanggal|tgl\.?|diteken|ditandatangani"
    r"|diterbitkan|dikeluarkan|disahkan|ditetapkan|terbit|berlaku)"
    r"(?:\s+[^.;]{0,50}?\b(?=pada\b))?(?:\s*(?:pada|sejak))?(?:\s+tanggal)?\s*$"
)
DECREE_REACH = 140
"""How far before a date a decree's name may begin."""
# Who can close a lokalisasi or give aid: an agent is named with one of these words.
AGENT_WORDS_RE = re.compile(
    r"\b(?:Kementerian|Kemensos|Menteri|Mensos|Pemerintah|Pempro[vp]|Pemkab|Pemkot?|Pemda|Dinas|Dinsos"
    r"|Gubernur|Bupati|Wali\s?[Kk]ota|Camat|Lurah|Satpol|Polres|Polda|Polisi|Tim|Presiden|DPRD)\b"
)
# A quotation's attribution: '…," kata X' — the speaker, not the giver of anything.
ATTRIBUTION_RE = re.compile(
    r"[,.!?]?\"?\s*,?\s*\b(?:kata|ujar|ucap|sebut|ungkap|jelas|tutur|tegas|terang|imbuh|tambah)"
    r"(?:nya)?\b"
)
SPEECH_VERBS = frozenset(
    [
        "kata",
        "ujar",
        "ucap",
        "ucapnya",
        "sebut",
        "sebutnya",
        "ungkap",
        "ungkapnya",
        "jelas",
        "jelasnya",
        "tutur",
        "tuturnya",
        "urai",
        "uraianya",
        "ulas",
        "ulasnya",
        "tegas",
        "tegasnya",
        "pungkas",
        "pungkasnya",
        "terang",
        "terangnya",
    ]
)

# A place named as where something was said: "…, di Surabaya, Kamis, mengatakan …".
REPORTED_AT_RE = re.compile(
    r"^\s*,?\s*(?:\(\w+\)\s*)?,?\s*(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|kemarin"
    r"|mengatakan|menyebut|menjelaskan|mengungkapkan|menyampaikan|menegaskan|kata|ujar)\b",
    re.I,
)

# A closure put off or called off: "batal terlaksana", "ditunda hingga Juni 2019".
POSTPONED_RE = re.compile(r"\b(?:ditunda|diundur|dimundurkan|batal|dibatalkan|tertunda)\b")
# "Jika empat lokalisasi ditutup, masih tersisa …": a closing supposed, not one that was.
SUPPOSED_RE = re.compile(
    r"\b(?:jika|apabila|bila|seandainya|andaikan|andaikata)\s+(?:\S+\s+){0,3}(?:di)?tutup"
)
# After these the new date follows: "ditunda hingga Juni 2019".
NEW_DATE_RE = re.compile(r"\b(?:hingga|sampai|menjadi|ke)\s+$")
# "per kepala keluarga", "per KK", "per keluarga": aid for households, not for each worker.
PER_FAMILY_RE = re.compile(r"\bper\s+(?:kepala\s+keluarga|kk|keluarga|rumah\s+tangga)\b")
# "Bantuan itu terdiri dari …": the amounts that follow break down the one before.
BREAKDOWN_OF_RE = re.compile(
    r"\b(?:terdiri\s+(?:dari|atas)|rinciannya|dengan\s+rincian|meliputi)\b"
)
# "sudah bebas lokalisasi", "mendeklarasikan diri bebas lokalisasi sejak 2017"
# "berharap Ternate bisa menjadi daerah pertama yang dinyatakan bebas": a wish, not a fact.
HOPE_RE = re.compile(
    r"\b(?:berharap|harap|harapkan|diharapkan|semoga|mudah-mudahan|ingin|bisa menjadi"
    r"|dapat menjadi)\b"
)
ACHIEVED_RE = re.compile(r"\b(?:sudah|telah|resmi|dinyatakan|dideklarasikan)\b[^.]{0,40}\bbebas\b")


def _counted_things() -> dict[str, tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """knowledge/data/counted.toml: name -> (unit, pattern of its words, question words)."""
    from knowledge import data

    table = data.table("counted")
    return {
        name: (
            entry["unit"],
            re.compile(r"(?:" + "|".join(entry["words"]) + r")\b"),
            tuple(entry["question"]),
        )
        for name, entry in table.items()
    }


COUNTED_THINGS = _counted_things()
"""Things counted besides the workers (mucikari, wisma, KK …), read from the data file."""


def _counted_people() -> frozenset[str]:
    from knowledge import data

    return frozenset(e["unit"] for e in data.table("counted").values() if e.get("people"))


COUNTED_PEOPLE = _counted_people()
"""Units of the counted things that are people: a figure of "orang" may count them."""
OTHER_UNITS = frozenset(
    unit for name, (unit, _, _) in COUNTED_THINGS.items() if name != "penghuni"
) | {"lokalisasi"}
"""Units a count of workers never has: a question about PSK is not answered with these."""
# What was done to the people counted: "226 PSK sudah dipulangkan", "tercatat 40 orang".
COUNT_PREDICATE_RE = re.compile(
    r"\b(dipulangkan|pulangkan|dikembalikan|terdata|didata|tercatat|terdaftar|mendaftar|menerima"
    r"|mendapat(?:kan)?|dibina|direlokasi|dipindahkan|pindah|dilatih|mengikuti|beralih profesi"
    r"|terjaring|diamankan|ditangkap|dirazia)\b"
)

CHANGED_FROM_RE = re.compile(
    r"^\W*jumlah\s+(?:tersebut|itu|ini)\b[^.;]{0,40}?\b(?:berkurang|bertambah|turun|naik|menyusut)"
    r"[^.;]{0,20}?\bdari\s+(?:awalnya\s+|semula\s+|sebelumnya\s+)?(?:sebanyak\s+)?$"
)
"""Before a figure: "… tercatat 85 PSK. Jumlah itu turun dari semula 900 orang",
the same people counted before."""
