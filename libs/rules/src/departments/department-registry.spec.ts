import { DepartmentRegistry, type RegistryDepartment } from './department-registry.js';
import { DEPARTMENT_REGISTRY } from './departments.js';

describe('the department registry', () => {
  it.each([
    ['mof', 'mof'],
    ['财政部', 'mof'],
    ['财政部门', 'mof'],
    ['国土资源部', 'mnr'],
    ['国家安全生产监督管理总局', 'mem'],
    ['工商总局', 'samr'],
    ['银监会', 'nfra'],
    ['银保监会', 'nfra'],
    ['中国铁路总公司', 'china-railway'],
    ['安康市财政局', 'ankang-finance'],
    ['ankang-finance', 'ankang-finance'],
  ])('given the name %s, it resolves to %s', (name, id) => {
    expect(DEPARTMENT_REGISTRY.resolve(name)?.id).toBe(id);
  });

  it.each(['各有关部门', '不存在的部门', 'constructor', 'toString', ''])('given %j, it resolves to nothing', (name) => {
    expect(DEPARTMENT_REGISTRY.resolve(name)).toBeUndefined();
  });

  it('a renamed department answers under its current name, and its former name carries the day it ended', () => {
    const nfra = DEPARTMENT_REGISTRY.resolve('银保监会')!;
    expect(nfra.name).toBe('国家金融监督管理总局');
    expect(nfra.formerNames?.find((f) => f.name === '银保监会')).toMatchObject({ until: '2023-05-18', inferred: expect.any(String) });
    expect(DEPARTMENT_REGISTRY.names(['mnr', 'mem'])).toEqual(['自然资源部', '应急管理部']);
  });

  it('a local department of the seed city has its region (安康 610900) and a national counterpart', () => {
    const locals = DEPARTMENT_REGISTRY.departments.filter((d) => d.level === 'local');
    expect(locals.length).toBeGreaterThan(0);
    for (const local of locals) {
      expect(local.region).toBe('610900');
      expect(DEPARTMENT_REGISTRY.byRegistryId(local.counterpart!)?.level).toBe('national');
    }
  });

  it('a measure of a national department is implemented by it and by its local counterparts, not by others', () => {
    expect(DEPARTMENT_REGISTRY.implements(['mof'], '财政部')).toBe(true);
    expect(DEPARTMENT_REGISTRY.implements(['mof'], '安康市财政局')).toBe(true);
    expect(DEPARTMENT_REGISTRY.implements(['mof'], 'ankang-finance')).toBe(true);
    expect(DEPARTMENT_REGISTRY.implements(['mof'], '安康市人力资源和社会保障局')).toBe(false);
    expect(DEPARTMENT_REGISTRY.implements(['mof'], '各有关部门')).toBe(false);
  });

  it('refuses a name given to two departments and a counterpart that is not national', () => {
    const base: RegistryDepartment = { id: 'a', name: '甲', aliases: [], level: 'national', sources: [] };
    expect(() => new DepartmentRegistry([base, { ...base, id: 'b', aliases: ['甲'] }])).toThrow('甲 names both a and b');
    expect(
      () => new DepartmentRegistry([base, { ...base, id: 'c', name: '丙', level: 'local', region: '610900', counterpart: 'missing' }]),
    ).toThrow("c's counterpart missing is not a national department");
  });
});
