import { FactCatalogue, RECORDER_ROLES } from '#credit';

/** Prints the fact catalogue as a Markdown table: what departments can record, and who records what. */
export function factsCommand(): number {
  console.log('| type | 名称 | recorded by | subjects |\n|---|---|---|---|');
  for (const d of new FactCatalogue().definitions) {
    const roles = d.recordedBy.map((role) => `${role} (${RECORDER_ROLES[role]})`).join('; ');
    console.log(`| ${d.type} | ${d.label} | ${roles} | ${d.subjectKinds.join(', ')} |`);
  }
  return 0;
}
