import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { HEAD_FILE, readRuleSetFiles, SHIPPED_RULE_SET } from '#runtime';
import { parse } from 'yaml';
import { GetShippedRuleSetQuery, type RuleSetFiles } from './get-shipped-rule-set.query.js';

@QueryHandler(GetShippedRuleSetQuery)
export class GetShippedRuleSetHandler implements IQueryHandler<GetShippedRuleSetQuery> {
  private shipped?: RuleSetFiles;

  execute(): Promise<RuleSetFiles> {
    // The files beside the build do not change while it runs.
    this.shipped ??= shippedFiles();
    return Promise.resolve(this.shipped);
  }
}

function shippedFiles(): RuleSetFiles {
  const files = readRuleSetFiles(SHIPPED_RULE_SET);
  const head = parse(files[HEAD_FILE]) as { ruleSet: string; version: string };
  return { id: head.ruleSet, version: String(head.version), files };
}
