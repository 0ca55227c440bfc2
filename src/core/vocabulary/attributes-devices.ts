/** Attributes of computers, phones, tablets and headphones: memory, battery, radio, fit. */
import type { AttributeDef } from './types.ts';
import { aliases, value } from './define.ts';

export const DEVICE_ATTRIBUTES: AttributeDef[] = [
  {
    key: 'storage', labels: { fi: 'Tallennustila', sv: 'Lagringskapacitet', en: 'Storage' }, kind: 'number', unit: 'GB',
    aliases: aliases(
      'tallennustila|tallennuskapasiteetti|sisäinen muisti|massamuisti|kiintolevy|kiintolevyn koko|kiintolevyn kapasiteetti|ssd|ssd-levy|ssd-kapasiteetti|kovalevy|tallennusmuisti|kiintolevytila|muistikapasiteetti',
      'lagring|lagringskapacitet|lagringsutrymme|internminne|intern lagring|hårddisk|hårddiskkapacitet|ssd|lagringsminne|inbyggt minne',
      'storage|storage capacity|internal storage|internal memory|hard drive|hard drive capacity|hard disk|ssd|ssd capacity|total storage capacity|rom|built-in memory|storage size|drive capacity',
      'speicherkapazität|interner speicher|festplatte|festplattenkapazität|ssd|ssd-kapazität|ssd-speicherkapazität|gesamtspeicherkapazität|speicherplatz|massenspeicher|festplattengröße',
    ),
  },
  {
    key: 'ram', labels: { fi: 'RAM-muisti', sv: 'RAM-minne', en: 'RAM' }, kind: 'number', unit: 'GB', aboveAs: { value: 128, key: 'storage' },
    aliases: aliases(
      'ram|ram-muisti|keskusmuisti|käyttömuisti|työmuisti|muisti|muistin määrä|ram-muistin määrä|keskusmuistin määrä',
      'ram|ram-minne|arbetsminne|minne|primärminne',
      'ram|memory|ram size|system memory|installed ram|memory size|ram memory|installed memory|main memory|ram capacity',
      'arbeitsspeicher|ram|arbeitsspeichergröße|ram-speicher|speicher|hauptspeicher',
    ),
  },
  {
    key: 'processor', labels: { fi: 'Prosessori', sv: 'Processor', en: 'Processor' }, kind: 'text',
    aliases: aliases(
      'prosessori|suoritin|prosessorin malli|prosessorimalli|cpu|piirisarja',
      'processor|processormodell|cpu|chipset',
      'processor|cpu|processor model|chipset|processor type',
      'prozessor|prozessormodell|cpu|prozessortyp|chipsatz',
    ),
  },
  {
    key: 'gpu', labels: { fi: 'Näytönohjain', sv: 'Grafikkort', en: 'Graphics' }, kind: 'text',
    aliases: aliases(
      'näytönohjain|grafiikkaohjain|grafiikkasuoritin|näytönohjaimen malli|grafiikka',
      'grafikkort|grafikprocessor|grafik',
      'graphics|graphics card|gpu|graphics processor|video card',
      'grafikkarte|grafikprozessor|grafik|grafikchip',
    ),
  },
  {
    key: 'battery_capacity', labels: { fi: 'Akun kapasiteetti', sv: 'Batterikapacitet', en: 'Battery capacity' }, kind: 'number', unit: 'mAh',
    orAs: ['battery_energy'],
    aliases: aliases(
      'akun kapasiteetti|akku|akun koko|akkukapasiteetti|akun varaus',
      'batterikapacitet|batteri|batteriets kapacitet',
      'battery capacity|battery|battery size',
      'akkukapazität|akku|akku-kapazität|batteriekapazität|kapazität akku',
    ),
  },
  {
    key: 'battery_energy', labels: { fi: 'Akun energia', sv: 'Batterienergi', en: 'Battery energy' }, kind: 'number', unit: 'Wh',
    orAs: ['battery_capacity'],
    aliases: aliases('akun energia|akun energiamäärä', 'batterienergi', 'battery energy|battery watt hours', 'akkuenergie|akku-energie'),
  },
  {
    key: 'battery_life', labels: { fi: 'Akunkesto', sv: 'Batteritid', en: 'Battery life' }, kind: 'number', unit: 'h',
    aliases: aliases(
      'akunkesto|akun kesto|käyttöaika|akun käyttöaika|toistoaika|kuunteluaika|käyttöaika akulla|akun toiminta-aika|toiminta-aika',
      'batteritid|speltid|drifttid|användningstid|batteritid musik|körtid',
      'battery life|playback time|play time|runtime|run time|battery run time|operating time|usage time|music playback time|battery runtime',
      'akkulaufzeit|laufzeit|wiedergabezeit|betriebszeit|akku-laufzeit|batterielaufzeit|musikwiedergabezeit',
    ),
  },
  {
    key: 'main_camera', labels: { fi: 'Pääkamera', sv: 'Huvudkamera', en: 'Main camera' }, kind: 'number', unit: 'MP',
    aliases: aliases(
      'pääkamera|takakamera|kameran tarkkuus|kamera|pääkameran tarkkuus|takakameran tarkkuus',
      'huvudkamera|bakre kamera|kamera|kameraupplösning|bakkamera',
      'main camera|rear camera|camera|camera resolution|back camera|primary camera',
      'hauptkamera|rückkamera|kamera|kameraauflösung',
    ),
  },
  {
    key: 'operating_system', labels: { fi: 'Käyttöjärjestelmä', sv: 'Operativsystem', en: 'Operating system' }, kind: 'text',
    aliases: aliases(
      'käyttöjärjestelmä|smart tv -käyttöjärjestelmä|smart-tv-alusta|smart tv -alusta|alusta|käyttöjärjestelmä (os)',
      'operativsystem|smart-tv-plattform|smart tv-system|plattform',
      'operating system|os|smart tv platform|smart tv os|platform',
      'betriebssystem|smart-tv-plattform|smart-tv-betriebssystem|plattform',
    ),
  },
  {
    key: 'has_5g', labels: { fi: '5G', sv: '5G', en: '5G' }, kind: 'boolean',
    aliases: aliases('5g|5g-tuki|5g-yhteys', '5g|5g-stöd', '5g|5g support|5g capable', '5g|5g-fähig|5g-unterstützung'),
  },
  {
    key: 'cellular', labels: { fi: 'Mobiiliyhteys', sv: 'Mobilanslutning', en: 'Cellular' }, kind: 'boolean',
    aliases: aliases('mobiiliverkko|mobiiliyhteys|4g|lte|4g-tuki', 'mobilnät|mobilt bredband|4g|lte', 'cellular|mobile network|lte|4g|cellular connectivity', 'mobilfunk|mobilfunknetz|lte|4g'),
  },
  {
    key: 'usb_c', labels: { fi: 'USB-C', sv: 'USB-C', en: 'USB-C' }, kind: 'boolean',
    aliases: aliases('usb-c|usb-c-liitäntä|usb type-c|usb-c-portti', 'usb-c|usb typ-c', 'usb-c|usb type-c|usb-c port', 'usb-c|usb typ-c|usb-c-anschluss'),
  },
  {
    // Headphones and vacuum cleaners both: no cable to the wall or to the phone.
    key: 'wireless', labels: { fi: 'Langaton / johdoton', sv: 'Trådlös / sladdlös', en: 'Wireless / cordless' }, kind: 'boolean',
    aliases: aliases(
      'langaton|langattomat|langaton yhteys|yhteystyyppi|johdoton|akkukäyttöinen|liitäntätyyppi',
      'trådlös|trådlösa|anslutningstyp|sladdlös|batteridriven',
      'wireless|connection type|connectivity type|cordless|battery powered',
      'kabellos|verbindungstyp|drahtlos|akkubetrieben|anschlusstyp',
    ),
  },
  {
    key: 'noise_cancelling', labels: { fi: 'Vastamelu', sv: 'Brusreducering', en: 'Noise cancelling' }, kind: 'boolean',
    aliases: aliases(
      'vastamelu|aktiivinen melunvaimennus|melunvaimennus|anc|aktiivinen vastamelu|vastamelutoiminto|melunpoisto',
      'brusreducering|aktiv brusreducering|anc|brusdämpning|aktiv brusdämpning',
      'noise cancelling|noise canceling|active noise cancellation|active noise cancelling|anc|noise cancellation',
      'geräuschunterdrückung|aktive geräuschunterdrückung|anc|noise cancelling|rauschunterdrückung',
    ),
  },
  {
    key: 'headphone_type', labels: { fi: 'Kuuloketyyppi', sv: 'Hörlurstyp', en: 'Headphone type' }, kind: 'enum',
    values: [
      value('over-ear', ['Korvia ympäröivät', 'Runt örat', 'Over-ear'], 'over-ear|over ear|around-ear|around the ear|circumaural|ympäröivät|korvia ympäröivät|ohrumschließend|over-ear-kuulokkeet'),
      value('on-ear', ['Korvien päälle', 'På örat', 'On-ear'], 'on-ear|on ear|supra-aural|korvan päälle|korvien päälle|ohraufliegend|on-ear-kuulokkeet'),
      value('in-ear', ['Nappikuulokkeet', 'I örat', 'In-ear'], 'in-ear|in ear|earbuds|true wireless|nappikuulokkeet|nappi|korvaan|intraaural|in-ear-kuulokkeet|tws'),
    ],
    aliases: aliases(
      'kuulokkeiden tyyppi|kuuloketyyppi|kuulokemalli|käyttötapa|istuvuus',
      'hörlurstyp|passform|bärstil',
      'headphone type|earphone type|form factor|wearing style|fit|headphone design',
      'kopfhörertyp|bauform|tragestil|trageform|kopfhörer-bauform',
    ),
  },
];
