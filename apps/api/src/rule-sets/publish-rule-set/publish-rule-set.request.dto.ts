import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** The rule set as its YAML files; the handler checks the shape, the rule-set reader the contents. */
export class PublishRuleSetDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description:
      'Each file of the rule-set directory by its name in it: `rule-set.yaml` (the head: ruleSet, version, effectiveFrom, ' +
      'policies), `<name>.yaml` per memorandum, `layers/<GB/T 2260 code>/<name>.yaml` for a deployment’s layers',
    example: { 'rule-set.yaml': 'ruleSet: jiangcheng-national\nversion: "2026.2"\n…', 'wage-arrears.yaml': 'memoranda:\n  - …' },
  })
  @Allow()
  files!: unknown;
}
