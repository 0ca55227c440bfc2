/** Screen attributes: what TVs, monitors, laptops, phones and tablets are compared by. */
import type { AttributeDef } from './types.ts';
import { aliases, value } from './define.ts';

/** Worst first, so "at least 4K" is an index comparison. */
export const RESOLUTION_ORDER = ['sd', 'hd', 'full-hd', 'qhd', '4k', '5k', '8k'] as const;
export const HDMI_VERSION_ORDER = ['1.4', '2.0', '2.1'] as const;

export const DISPLAY_ATTRIBUTES: AttributeDef[] = [
  {
    key: 'screen_size', labels: { fi: 'Näytön koko', sv: 'Skärmstorlek', en: 'Screen size' }, kind: 'number', unit: 'in',
    aliases: aliases(
      'näytön koko|kuvaruudun koko|ruudun koko|näyttökoko|ruutukoko|näytön halkaisija|kuvaruudun halkaisija|näytön lävistäjä|lävistäjä|kuvakoko|näytön koko tuumina|näytön koko senttimetreinä',
      'skärmstorlek|skärmens storlek|bildskärmsstorlek|skärmdiagonal|bildskärmsdiagonal|bildstorlek|diagonal|tv-storlek',
      'screen size|display size|screen diagonal|display diagonal|diagonal|diagonal screen size|screen size class|viewable screen size|tv size',
      'bildschirmdiagonale|bildschirmgröße|bilddiagonale|displaygröße|displaydiagonale|diagonale|bildgröße|bildschirmdiagonale in zoll|bildschirmdiagonale in cm',
    ),
  },
  {
    key: 'resolution', labels: { fi: 'Resoluutio', sv: 'Upplösning', en: 'Resolution' }, kind: 'enum', ordered: true,
    values: [
      value('sd', 'SD', '480p|576p|sd|standard definition'),
      value('hd', 'HD (720p)', '720p|hd|hd ready|hd-ready|768p'),
      value('full-hd', 'Full HD (1080p)', '1080p|1080i|full hd|full-hd|fullhd|fhd|fhd+|full hd+|wuxga'),
      value('qhd', 'QHD (1440p)', '1440p|qhd|wqhd|qhd+|2k|2.5k|quad hd|wqxga|2.8k|3k'),
      value('4k', '4K (2160p)', '2160p|4k|uhd|ultra hd|ultra-hd|4k uhd|4k ultra hd|uhd 4k|4k-uhd'),
      value('5k', '5K', '5k'),
      value('8k', '8K', '8k|4320p|8k uhd'),
    ],
    aliases: aliases(
      'resoluutio|näytön resoluutio|tarkkuus|näytön tarkkuus|kuvan tarkkuus|näyttöresoluutio|kuvatarkkuus|natiiviresoluutio|maksimiresoluutio|erottelukyky',
      'upplösning|skärmupplösning|bildupplösning|skärmens upplösning|native upplösning|max upplösning',
      'resolution|screen resolution|display resolution|native resolution|max resolution|maximum resolution|pixel resolution',
      'auflösung|bildschirmauflösung|displayauflösung|bildauflösung|native auflösung|maximale auflösung',
    ),
  },
  {
    key: 'refresh_rate', labels: { fi: 'Virkistystaajuus', sv: 'Uppdateringsfrekvens', en: 'Refresh rate' }, kind: 'number', unit: 'Hz',
    aliases: aliases(
      'virkistystaajuus|päivitystaajuus|näytön virkistystaajuus|kuvan virkistystaajuus|natiivi virkistystaajuus|virkistysnopeus|ruudunpäivitysnopeus|kuvataajuus',
      'uppdateringsfrekvens|bilduppdateringsfrekvens|uppdateringshastighet|skärmens uppdateringsfrekvens|bildfrekvens',
      'refresh rate|screen refresh rate|native refresh rate|display refresh rate|max refresh rate|maximum refresh rate|panel refresh rate',
      'bildwiederholfrequenz|bildwiederholrate|bildwiederholungsrate|native bildwiederholfrequenz|bildfrequenz|wiederholfrequenz|aktualisierungsrate',
    ),
  },
  {
    key: 'brightness', labels: { fi: 'Kirkkaus', sv: 'Ljusstyrka', en: 'Brightness' }, kind: 'number', unit: 'nits',
    aliases: aliases(
      'kirkkaus|näytön kirkkaus|maksimikirkkaus|huippukirkkaus|tyypillinen kirkkaus|hdr-kirkkaus',
      'ljusstyrka|maximal ljusstyrka|toppljusstyrka|luminans',
      'brightness|peak brightness|max brightness|maximum brightness|typical brightness|luminance|hdr peak brightness',
      'helligkeit|maximale helligkeit|spitzenhelligkeit|bildhelligkeit|leuchtdichte|typische helligkeit',
    ),
  },
  {
    key: 'panel_type', labels: { fi: 'Paneelityyppi', sv: 'Paneltyp', en: 'Panel type' }, kind: 'enum',
    values: [
      value('qd-oled', 'QD-OLED', 'qd-oled|qd oled|quantum dot oled'),
      value('oled', 'OLED', 'oled|amoled|super amoled|dynamic amoled|p-oled|poled|woled|ltpo oled|super retina|oled evo'),
      value('mini-led', 'Mini LED', 'mini led|mini-led|miniled|neo qled|qned mini led|mini led qled'),
      value('qled', 'QLED', 'qled|quantum dot|qned|quantum dot led'),
      value('ips', 'IPS', 'ips|ips lcd|nano ips|fast ips|ahva|pls|ips-level'),
      value('va', 'VA', 'va|mva|pva|va lcd'),
      value('tn', 'TN', 'tn|tn lcd'),
      value('led', 'LED/LCD', 'led|lcd|led-lcd|lcd-led|led lcd|nanocell|edge led|direct led|d-led|tft|tft lcd'),
    ],
    aliases: aliases(
      'paneelityyppi|paneelin tyyppi|paneeli|näyttöpaneeli|paneelitekniikka|näyttötekniikka|näytön tyyppi|näyttötyyppi|näytön tekniikka|taustavalo|taustavalaistus|televisiotyyppi|tv-tyyppi',
      'paneltyp|panel|panelteknik|skärmtyp|skärmteknik|bildskärmstyp|displaytyp|bakgrundsbelysning|tv-typ',
      'panel type|panel|panel technology|display type|display technology|screen type|screen technology|backlight|backlight type|tv type|display panel',
      'paneltyp|panel|paneltechnologie|displaytyp|displaytechnologie|bildschirmtyp|bildschirmtechnologie|hintergrundbeleuchtung',
    ),
  },
  {
    key: 'hdr_formats', labels: { fi: 'HDR-formaatit', sv: 'HDR-format', en: 'HDR formats' }, kind: 'list',
    values: [
      value('hdr10', 'HDR10', 'hdr10|hdr 10|hdr-10'),
      value('hdr10+', 'HDR10+', 'hdr10+|hdr 10+|hdr10 plus|hdr10plus|hdr10+ adaptive|hdr10+ gaming'),
      value('dolby-vision', 'Dolby Vision', 'dolby vision|dolby vision iq|dolbyvision'),
      value('hlg', 'HLG', 'hlg|hybrid log-gamma|hybrid log gamma'),
      value('advanced-hdr', 'Advanced HDR', 'advanced hdr|technicolor hdr'),
    ],
    aliases: aliases(
      'hdr-formaatit|hdr-muodot|hdr-tuki|hdr|hdr-yhteensopivuus|hdr-standardit|tuetut hdr-formaatit|hdr-tekniikka|hdr-tekniikat',
      'hdr-format|hdr|hdr-stöd|hdr-standard|hdr-kompatibilitet',
      'hdr formats|hdr format|hdr|hdr support|supported hdr formats|high dynamic range|hdr compatibility|hdr standard|hdr technology',
      'hdr-formate|hdr-format|hdr|hdr-unterstützung|hdr-kompatibilität|hdr-standards|hdr-standard|hdr-technologie',
    ),
  },
  {
    key: 'hdmi_ports', labels: { fi: 'HDMI-liitännät', sv: 'HDMI-portar', en: 'HDMI ports' }, kind: 'number', count: true,
    aliases: aliases(
      'hdmi-liitännät|hdmi-liitäntöjen määrä|hdmi-liitäntöjen lukumäärä|hdmi-portit|hdmi-porttien määrä|hdmi-liitäntöjä|hdmi|hdmi-tulot|hdmi-liitäntä|hdmi-sisääntulot',
      'hdmi-portar|antal hdmi-portar|hdmi-ingångar|antal hdmi-ingångar|hdmi|hdmi-anslutningar|antal hdmi',
      'hdmi ports|number of hdmi ports|hdmi inputs|hdmi|hdmi input|hdmi port|hdmi connections|hdmi count|hdmi ports quantity',
      'hdmi-anschlüsse|anzahl hdmi-anschlüsse|hdmi-eingänge|anzahl hdmi-eingänge|anzahl hdmi|hdmi|hdmi-anschluss|hdmi-schnittstellen',
    ),
  },
  {
    key: 'hdmi_version', labels: { fi: 'HDMI-versio', sv: 'HDMI-version', en: 'HDMI version' }, kind: 'enum', ordered: true,
    values: [
      value('1.4', 'HDMI 1.4', 'hdmi 1.4|1.4|1.4a|1.4b|hdmi 1.4a|hdmi 1.4b'),
      value('2.0', 'HDMI 2.0', 'hdmi 2.0|2.0|2.0a|2.0b|hdmi 2.0a|hdmi 2.0b'),
      value('2.1', 'HDMI 2.1', 'hdmi 2.1|2.1|2.1a|hdmi 2.1a|hdmi 2.1b|2.1b'),
    ],
    aliases: aliases('hdmi-versio|hdmi-standardi', 'hdmi-version|hdmi-standard', 'hdmi version|hdmi standard|hdmi specification', 'hdmi-version|hdmi-standard'),
  },
  {
    key: 'hdmi21_ports', labels: { fi: 'HDMI 2.1 -liitännät', sv: 'HDMI 2.1-portar', en: 'HDMI 2.1 ports' }, kind: 'number', count: true,
    aliases: aliases(
      'hdmi 2.1 -liitännät|hdmi 2.1 -portit|hdmi 2.1|hdmi 2.1 -liitäntöjen määrä|hdmi 2.1 -liitäntöjä',
      'hdmi 2.1-portar|hdmi 2.1|antal hdmi 2.1-portar|hdmi 2.1-ingångar',
      'hdmi 2.1 ports|hdmi 2.1|number of hdmi 2.1 ports|hdmi 2.1 inputs',
      'hdmi 2.1-anschlüsse|hdmi 2.1|anzahl hdmi 2.1-anschlüsse|hdmi 2.1-eingänge',
    ),
  },
  {
    key: 'response_time', labels: { fi: 'Vasteaika', sv: 'Svarstid', en: 'Response time' }, kind: 'number', unit: 'ms',
    aliases: aliases(
      'vasteaika|reaktioaika|vasteaika gtg|harmaasta harmaaseen',
      'svarstid|responstid|reaktionstid',
      'response time|gtg response time|pixel response time|response time gtg',
      'reaktionszeit|schaltzeit|ansprechzeit|reaktionszeit gtg',
    ),
  },
  {
    // A whole "Display" row ("6,1\" OLED, 120 Hz") carries several attributes at once.
    key: 'display', labels: { fi: 'Näyttö', sv: 'Skärm', en: 'Display' }, kind: 'text', composite: true,
    aliases: aliases('näyttö|näytön tiedot|näytön ominaisuudet', 'skärm|bildskärm|display', 'display|screen|display features', 'bildschirm|display'),
  },
  {
    key: 'connections', labels: { fi: 'Liitännät', sv: 'Anslutningar', en: 'Connections' }, kind: 'text', composite: true,
    aliases: aliases(
      'liitännät|liitännät ja portit|portit|liittimet|tulot|kuva- ja äänitulot|liitettävyys|liitäntä',
      'anslutningar|portar|gränssnitt|in- och utgångar|anslutning',
      'connections|ports|connectivity|inputs|interfaces|connectors|inputs/outputs|ports & connectors|i/o ports',
      'anschlüsse|anschluss|schnittstellen|ein- und ausgänge|konnektivität',
    ),
  },
];
