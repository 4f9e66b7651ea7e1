import type { Random } from './prng.js';

/** Personal and trade names: common surnames weighted by frequency, given names by sex, 字号 syllables. */

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 70],
  ['张', 66],
  ['刘', 55],
  ['陈', 45],
  ['杨', 31],
  ['赵', 20],
  ['黄', 22],
  ['周', 19],
  ['吴', 19],
  ['徐', 14],
  ['孙', 14],
  ['胡', 13],
  ['朱', 13],
  ['高', 12],
  ['林', 11],
  ['何', 11],
  ['郭', 11],
  ['马', 11],
  ['罗', 9],
  ['梁', 8],
  ['宋', 7],
  ['郑', 7],
  ['谢', 6],
  ['韩', 6],
  ['唐', 6],
  ['冯', 6],
  ['于', 6],
  ['董', 5],
  ['萧', 5],
  ['程', 5],
  ['曹', 5],
  ['袁', 5],
  ['邓', 5],
  ['许', 5],
  ['傅', 4],
  ['沈', 4],
  ['曾', 4],
  ['彭', 4],
  ['吕', 4],
  ['苏', 4],
  ['卢', 4],
  ['蒋', 4],
  ['蔡', 4],
  ['贾', 3],
  ['丁', 3],
  ['魏', 3],
  ['薛', 3],
  ['叶', 3],
  ['阎', 3],
  ['余', 3],
  ['潘', 3],
  ['杜', 3],
  ['戴', 3],
  ['夏', 3],
  ['钟', 3],
  ['汪', 3],
  ['田', 3],
  ['任', 3],
  ['姜', 3],
  ['范', 2],
  ['方', 2],
  ['石', 2],
  ['姚', 2],
  ['谭', 2],
  ['廖', 2],
  ['邹', 2],
  ['熊', 2],
  ['金', 2],
  ['陆', 2],
  ['郝', 2],
  ['孔', 2],
  ['白', 2],
  ['崔', 2],
  ['康', 2],
  ['毛', 2],
  ['邱', 2],
  ['秦', 2],
  ['江', 2],
  ['史', 2],
  ['欧阳', 1],
  ['司马', 1],
  ['上官', 1],
  ['诸葛', 1],
];

const MALE =
  '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘';
const FEMALE =
  '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';

const TRADE =
  '华信达通恒泰瑞丰盛鑫源宏远金辉嘉禾新元中科博创众联天成力合世纪东方锦程永安汇隆昌顺德兴益民富康安和佳美欣荣腾飞广志诚正祥云海润长青宝利聚鼎尚品优星启明致远卓越领航智慧同心凯旋';

export function personName(random: Random, sex: 'male' | 'female'): string {
  const surname = random.weighted(SURNAMES);
  const pool = sex === 'male' ? MALE : FEMALE;
  const given = random.chance(0.7)
    ? pool[random.int(0, pool.length - 1)] + pool[random.int(0, pool.length - 1)]
    : pool[random.int(0, pool.length - 1)];
  return surname + given;
}

/** A two-character 字号 (trade name). */
export function tradeName(random: Random): string {
  const a = random.int(0, TRADE.length - 1);
  let b = random.int(0, TRADE.length - 2);
  if (b >= a) b++;
  return TRADE[a] + TRADE[b];
}
