import { accidentClass, type AccidentClass, type AccidentMeasures } from './accident-class.js';

const none: AccidentMeasures = { deaths: 0, seriousInjuries: 0 };

describe('contradiction 2: the accident class is computed from deaths, serious injuries and direct loss (生产安全事故报告和调查处理条例 第三条; 以上 includes the number, 以下 does not)', () => {
  it.each<[string, Partial<AccidentMeasures>, AccidentClass]>([
    ['nothing recorded', {}, 'general'],
    ['2 deaths', { deaths: 2 }, 'general'],
    ['3 deaths', { deaths: 3 }, 'larger'],
    ['9 deaths', { deaths: 9 }, 'larger'],
    ['10 deaths', { deaths: 10 }, 'major'],
    ['29 deaths', { deaths: 29 }, 'major'],
    ['30 deaths', { deaths: 30 }, 'especially-major'],
    ['9 serious injuries', { seriousInjuries: 9 }, 'general'],
    ['10 serious injuries', { seriousInjuries: 10 }, 'larger'],
    ['49 serious injuries', { seriousInjuries: 49 }, 'larger'],
    ['50 serious injuries', { seriousInjuries: 50 }, 'major'],
    ['99 serious injuries', { seriousInjuries: 99 }, 'major'],
    ['100 serious injuries', { seriousInjuries: 100 }, 'especially-major'],
    ['999.99万元', { directLoss: '999.99' }, 'general'],
    ['999.999999万元', { directLoss: '999.999999' }, 'general'],
    ['1000万元', { directLoss: '1000' }, 'larger'],
    ['1000.00万元', { directLoss: '1000.00' }, 'larger'],
    ['4999.99万元', { directLoss: '4999.99' }, 'larger'],
    ['5000万元', { directLoss: '5000' }, 'major'],
    ['9999.99万元', { directLoss: '9999.99' }, 'major'],
    ['1亿元 (10000万元)', { directLoss: '10000' }, 'especially-major'],
    ['no loss given', { deaths: 1, seriousInjuries: 2, directLoss: undefined }, 'general'],
  ])('%s %j → %s', (_label, measures, expected) => {
    expect(accidentClass({ ...none, ...measures })).toBe(expected);
  });

  it('takes the highest class any one measure reaches (the limbs are joined by 或者)', () => {
    expect(accidentClass({ deaths: 2, seriousInjuries: 50, directLoss: '100' })).toBe('major');
    expect(accidentClass({ deaths: 11, seriousInjuries: 0, directLoss: '12000' })).toBe('especially-major');
  });

  it('refuses measures it cannot classify, naming the field', () => {
    expect(() => accidentClass({ deaths: -1, seriousInjuries: 0 })).toThrow(/deaths/);
    expect(() => accidentClass({ deaths: 0, seriousInjuries: 1.5 })).toThrow(/seriousInjuries/);
    expect(() => accidentClass({ deaths: 0, seriousInjuries: 0, directLoss: '1e4' })).toThrow(/directLoss/);
  });
});
