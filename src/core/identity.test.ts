import { describe, expect, it } from 'vitest';
import { identityKeys, modelCodes, normaliseGtin, sameProduct } from './identity.ts';

describe('normaliseGtin', () => {
  it('takes real GTIN-12 and GTIN-13 from the benchmark pages as one GTIN-14', () => {
    // 365 by Whole Foods (UPC-12), Kärcher and Jack Daniel's (EAN-13), as the benchmark's truth gives them.
    expect(normaliseGtin('099482467999')).toBe('00099482467999');
    expect(normaliseGtin('4054278533728')).toBe('04054278533728');
    expect(normaliseGtin('5099873388655')).toBe('05099873388655');
    expect(normaliseGtin('0099482467999')).toBe(normaliseGtin('099482467999'));
  });

  it('refuses a wrong check digit, a wrong length and a shop number', () => {
    expect(normaliseGtin('4054278533729')).toBeNull();
    expect(normaliseGtin('40542785337')).toBeNull();
    expect(normaliseGtin('B07FW264WL')).toBeNull();
    expect(normaliseGtin('00000000')).toBeNull();
  });
});

describe('modelCodes', () => {
  it('reads the model code and joins its hyphens, leaving quantities and chips out', () => {
    expect(modelCodes('TCL 65C8K 65" 4K QLED')).toEqual(['65c8k']);
    expect(modelCodes('65-C8K')).toEqual(['65c8k']);
    expect(modelCodes('HP Pavilion 24-k0003na 23.8" All-in-One PC - AMD Ryzen 5, 512 GB SSD, White')).toEqual(['24k0003na']);
    expect(modelCodes('Lenovo IdeaPad 5 i7-1355U 16GB 512GB RTX4050 Ryzen 7 7730U')).toEqual([]);
    expect(modelCodes('INIU 45W Fast Charging Portable Charger, Smaller 10000mAh Travel Power Bank')).toEqual([]);
  });
});

describe('sameProduct', () => {
  it('matches one GTIN across shops, and two GTINs that differ never', () => {
    expect(sameProduct({ name: 'Kärcher K 2', gtin: '4054278533728' }, { name: 'K2 painepesuri', gtin: '04054278533728' })).toBe('gtin');
    expect(sameProduct({ name: 'HP Stream 11-ak0512sa', gtin: '4054278533728' }, { name: 'HP Stream 11-ak0512sa', gtin: '5099873388655' })).toBeNull();
  });

  it('matches brand and part number, and brand and model code however it is written', () => {
    expect(sameProduct({ name: 'Tefal pan', brand: 'Tefal', mpn: 'A157S546' }, { name: 'Paistinpannu 28 cm', brand: 'TEFAL', mpn: 'a157-s546' })).toBe('mpn');
    expect(sameProduct({ name: 'TCL 65C8K 65" 4K QLED', brand: 'TCL' }, { name: 'TCL 65-C8K Mini LED televisio' })).toBe('model');
    expect(sameProduct({ name: 'OPTOMA GT1080e Full HD Home Cinema Projector' }, { name: 'Optoma GT1080e projektori', brand: 'Optoma' })).toBe('model');
  });

  it('keeps near misses apart: sizes, generations, colour variants and configurations of one model', () => {
    expect(sameProduct({ name: 'TCL 65C8K' }, { name: 'TCL 55C8K' })).toBeNull();
    expect(sameProduct({ name: 'EPSON EH-TW740 Full HD' }, { name: 'EPSON EH-TW7400 4K Ultra HD' })).toBeNull();
    expect(sameProduct({ name: 'HP Stream 11-ak0512sa 11.6" Laptop, White' }, { name: 'HP Stream 11-ak0514sa 11.6" Laptop, Pink' })).toBeNull();
    expect(sameProduct({ name: 'ACER Aspire C24-963 23.8" All-in-One PC - Intel® Core™ i3, 1 TB HDD, Silver' }, { name: 'ACER Aspire C24-963 23.8" All-in-One PC - Intel® Core™ i5, 1 TB HDD & 128 GB SSD, Silver' })).toBeNull();
    // Same code, other brand: not one product.
    expect(sameProduct({ name: 'Sony WH-1000XM5', brand: 'Sony' }, { name: 'Acme WH-1000XM5 case', brand: 'Acme' })).toBeNull();
  });

  it('never matches on the words of a title alone', () => {
    expect(sameProduct({ name: 'APPLE MacBook Air 13.3" (2020) - M1, 256 GB SSD, Silver' }, { name: 'APPLE MacBook Air 13.3" (2020) - M1, 256 GB SSD, Silver' })).toBeNull();
    expect(sameProduct({ name: 'DELL Inspiron 3881 Desktop PC' }, { name: 'DELL Inspiron 3881 Desktop PC' })).toBeNull();
  });
});

describe('identityKeys', () => {
  it('files an observation under its GTIN, part number and model codes', () => {
    expect(identityKeys({ name: 'TCL 65C8K', brand: 'TCL', gtin: '5099873388655', mpn: '65C8K-EU' })).toEqual(['gtin:05099873388655', 'mpn:65c8keu', 'model:65c8k']);
    expect(identityKeys({ name: 'Portable Charger Power Bank' })).toEqual([]);
  });
});
