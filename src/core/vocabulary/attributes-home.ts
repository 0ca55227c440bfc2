/** Physical and appliance attributes: size, weight, power, noise, energy, washing, cleaning. */
import type { AttributeDef } from './types.ts';
import { aliases, value } from './define.ts';

/** EU energy labels, worst first; the old A+++ scale continues past A. */
export const ENERGY_CLASS_ORDER = ['G', 'F', 'E', 'D', 'C', 'B', 'A', 'A+', 'A++', 'A+++'] as const;

const side = (key: string, fi: string, sv: string, en: string, list: [string, string, string, string]): AttributeDef => ({
  key, labels: { fi, sv, en }, kind: 'number', unit: 'cm', aliases: aliases(...list),
});

export const HOME_ATTRIBUTES: AttributeDef[] = [
  {
    key: 'weight', labels: { fi: 'Paino', sv: 'Vikt', en: 'Weight' }, kind: 'number', unit: 'kg',
    aliases: aliases(
      'paino|nettopaino|tuotteen paino|laitteen paino|tuotepaino|paino ilman jalustaa|paino jalustan kanssa|paino jalustalla|paino akun kanssa',
      'vikt|nettovikt|produktvikt|vikt utan stativ|vikt med stativ|vikt utan fot',
      'weight|net weight|product weight|item weight|unit weight|weight without stand|weight with stand|weight approx',
      'gewicht|nettogewicht|produktgewicht|gerätegewicht|gewicht ohne standfuß|gewicht mit standfuß|gewicht ohne fuß|gewicht netto',
    ),
  },
  side('width', 'Leveys', 'Bredd', 'Width', [
    'leveys|tuotteen leveys|laitteen leveys|leveys ilman jalustaa|leveys jalustan kanssa',
    'bredd|produktbredd|bredd utan stativ', 'width|product width|item width|width without stand', 'breite|gerätebreite|produktbreite|breite ohne standfuß',
  ]),
  side('height', 'Korkeus', 'Höjd', 'Height', [
    'korkeus|tuotteen korkeus|laitteen korkeus|korkeus ilman jalustaa|korkeus jalustan kanssa',
    'höjd|produkthöjd|höjd utan stativ|höjd med stativ', 'height|product height|item height|height without stand|height with stand',
    'höhe|gerätehöhe|produkthöhe|höhe ohne standfuß|höhe mit standfuß',
  ]),
  side('depth', 'Syvyys', 'Djup', 'Depth', [
    'syvyys|tuotteen syvyys|laitteen syvyys|syvyys ilman jalustaa|syvyys jalustan kanssa|paksuus',
    'djup|produktdjup|djup utan stativ|djup med stativ|tjocklek', 'depth|product depth|item depth|depth without stand|depth with stand|thickness',
    'tiefe|gerätetiefe|produkttiefe|tiefe ohne standfuß|tiefe mit standfuß|dicke',
  ]),
  {
    // "59.8 cm x 185.5 cm x 58.00 cm": width, height and depth in the order the label gives.
    key: 'dimensions', labels: { fi: 'Mitat', sv: 'Mått', en: 'Dimensions' }, kind: 'text', composite: true,
    aliases: aliases(
      'mitat|tuotteen mitat|laitteen mitat|mitat ilman jalustaa|mitat jalustan kanssa|ulkomitat',
      'mått|dimensioner|produktmått|mått utan stativ|mått med stativ',
      'dimensions|product dimensions|dimensions without stand|dimensions with stand|item dimensions|measurements|overall dimensions',
      'abmessungen|maße|abmessungen ohne standfuß|abmessungen mit standfuß|gerätemaße|produktmaße',
    ),
  },
  {
    key: 'power', labels: { fi: 'Teho', sv: 'Effekt', en: 'Power' }, kind: 'number', unit: 'W', orAs: ['energy_consumption'],
    aliases: aliases(
      'teho|virrankulutus|tehonkulutus|maksimiteho|nimellisteho|ottoteho|kokonaisteho|moottorin teho|tehontarve|virrankulutus käytössä|tehonkulutus tyypillinen',
      'effekt|strömförbrukning|effektförbrukning|maxeffekt|max effekt|märkeffekt|motoreffekt|effektbehov',
      'power|power consumption|rated power|max power|maximum power|power consumption on mode|power consumption typical|wattage|motor power|input power',
      'leistung|leistungsaufnahme|stromverbrauch|maximale leistung|max leistung|nennleistung|motorleistung|anschlusswert|leistungsaufnahme im betrieb',
    ),
  },
  {
    key: 'energy_consumption', labels: { fi: 'Energiankulutus', sv: 'Energiförbrukning', en: 'Energy consumption' }, kind: 'number', unit: 'kWh', orAs: ['power'],
    aliases: aliases(
      'energiankulutus|energiankulutus 100 pesukertaa|vuosittainen energiankulutus|energiankulutus sdr|energiankulutus vuodessa|sähkönkulutus',
      'energiförbrukning|energiförbrukning per år|årlig energiförbrukning|energiförbrukning per 100 tvättcykler',
      'energy consumption|annual energy consumption|energy consumption per 100 cycles|energy consumption sdr|energy consumption per 1000 h',
      'energieverbrauch|jährlicher energieverbrauch|energieverbrauch pro 100 waschzyklen|energieverbrauch sdr|energieverbrauch pro 1000 h',
    ),
  },
  {
    key: 'noise', labels: { fi: 'Melutaso', sv: 'Ljudnivå', en: 'Noise level' }, kind: 'number', unit: 'dB',
    aliases: aliases(
      'melutaso|äänitaso|käyntiääni|melu|melutaso linkous|äänitaso linkous|äänitehotaso|käyntiäänen taso|melutaso käytössä|melutaso pesu',
      'ljudnivå|bullernivå|ljudeffekt|ljudeffektnivå|ljudnivå centrifugering|buller',
      'noise level|noise|sound level|sound power level|noise level spin|airborne acoustical noise emissions|operating noise|decibel level',
      'geräuschpegel|geräuschentwicklung|schallleistungspegel|geräuschemission|geräuschpegel schleudern|luftschallemission|betriebsgeräusch|lautstärke',
    ),
  },
  {
    key: 'energy_class', labels: { fi: 'Energialuokka', sv: 'Energiklass', en: 'Energy class' }, kind: 'enum', ordered: true,
    values: ENERGY_CLASS_ORDER.map((id) => value(id, id, id)),
    aliases: aliases(
      'energialuokka|energiatehokkuusluokka|energiamerkintä|energiatehokkuus|energialuokka sdr|energiamerkki',
      'energiklass|energiklass sdr|energieffektivitetsklass|energimärkning',
      'energy class|energy efficiency class|energy rating|energy label|energy efficiency class sdr|energy efficiency|eu energy label',
      'energieeffizienzklasse|energieklasse|energieeffizienzklasse sdr|effizienzklasse|energielabel',
    ),
  },
  {
    key: 'load_capacity', labels: { fi: 'Täyttömäärä', sv: 'Tvättkapacitet', en: 'Load capacity' }, kind: 'number', unit: 'kg',
    // A bare "Kapasiteetti" row is a drum's kilograms, a phone's gigabytes or a vacuum's litres.
    orAs: ['storage', 'battery_capacity', 'battery_energy', 'dust_capacity'],
    aliases: aliases(
      'täyttömäärä|kapasiteetti|pyykkimäärä|maksimitäyttö|pesukapasiteetti|täyttömäärä pesu|rumpukapasiteetti',
      'kapacitet|tvättkapacitet|maxkapacitet|fyllnadsvikt|max tvättmängd|maxlast',
      'load capacity|capacity|washing capacity|drum capacity|max load|wash load|maximum load',
      'fassungsvermögen|füllmenge|beladungsmenge|kapazität|max beladung|fassungsvermögen waschen|beladung',
    ),
  },
  {
    key: 'spin_speed', labels: { fi: 'Linkousnopeus', sv: 'Centrifugeringshastighet', en: 'Spin speed' }, kind: 'number', unit: 'rpm',
    aliases: aliases(
      'linkousnopeus|linkouskierrokset|maksimi linkousnopeus|linkous|suurin linkousnopeus',
      'centrifugeringshastighet|centrifugering|max centrifugeringshastighet|centrifughastighet|centrifugeringsvarvtal',
      'spin speed|max spin speed|maximum spin speed|spin',
      'schleuderdrehzahl|max schleuderdrehzahl|schleudern|schleuderdrehzahl max|schleudertouren',
    ),
  },
  {
    key: 'water_consumption', labels: { fi: 'Vedenkulutus', sv: 'Vattenförbrukning', en: 'Water consumption' }, kind: 'number', unit: 'l',
    aliases: aliases('vedenkulutus|vedenkulutus pesukerta', 'vattenförbrukning', 'water consumption|water consumption per cycle', 'wasserverbrauch'),
  },
  {
    // Stick vacuums state suction in air watts, robots in pascals: two measures, one row name.
    key: 'suction_power', labels: { fi: 'Imuteho', sv: 'Sugeffekt', en: 'Suction power' }, kind: 'number', unit: 'AW', orAs: ['suction_pressure'],
    aliases: aliases('imuteho|imuvoima', 'sugeffekt|sugkraft', 'suction power|suction|suction strength', 'saugleistung|saugkraft'),
  },
  {
    key: 'suction_pressure', labels: { fi: 'Imupaine', sv: 'Sugtryck', en: 'Suction pressure' }, kind: 'number', unit: 'Pa', orAs: ['suction_power'],
    aliases: aliases('imupaine', 'sugtryck', 'suction pressure', 'saugdruck|unterdruck'),
  },
  {
    key: 'dust_capacity', labels: { fi: 'Pölysäiliön tilavuus', sv: 'Dammbehållarens volym', en: 'Dust capacity' }, kind: 'number', unit: 'l',
    aliases: aliases(
      'pölysäiliön tilavuus|pölysäiliön koko|pölypussin tilavuus|pölysäiliö|säiliön tilavuus|pölypussin koko|pölykapasiteetti',
      'dammbehållare|dammbehållarens volym|dammpåsens volym|behållarvolym',
      'dust capacity|dust container capacity|bin capacity|dust bag capacity|dustbin capacity|dust container volume',
      'staubbehältervolumen|staubbeutelvolumen|behältervolumen|staubbehälter|fassungsvermögen staubbehälter',
    ),
  },
  {
    key: 'vacuum_type', labels: { fi: 'Imurin tyyppi', sv: 'Dammsugartyp', en: 'Vacuum type' }, kind: 'enum',
    values: [
      value('robot', ['Robotti-imuri', 'Robotdammsugare', 'Robot'], 'robotti|robot|robotti-imuri|robot vacuum|saugroboter|robotdammsugare|robotersauger'),
      value('stick', ['Varsi-imuri', 'Skaftdammsugare', 'Stick'], 'varsi-imuri|varsi|stick|skaftdammsugare|stielsauger|akku-stielsauger|handstick'),
      value('canister', ['Lattiaimuri', 'Golvdammsugare', 'Canister'], 'lattiaimuri|cylinder|canister|bodenstaubsauger|golvdammsugare|pölypussi-imuri'),
      value('handheld', ['Käsi-imuri', 'Handdammsugare', 'Handheld'], 'käsi-imuri|handheld|handdammsugare|handstaubsauger'),
    ],
    aliases: aliases('imurin tyyppi|imurityyppi|pölynimurin tyyppi', 'dammsugartyp', 'vacuum type|vacuum cleaner type', 'staubsaugertyp|staubsauger-typ'),
  },
];
