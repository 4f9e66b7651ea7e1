import { Module, type Provider } from '@nestjs/common';
import { ActivateRuleSetHandler } from './activate-rule-set/activate-rule-set.handler.js';
import { ActivateRuleSetHttpController } from './activate-rule-set/activate-rule-set.http.controller.js';
import { GetShippedRuleSetHandler } from './get-shipped-rule-set/get-shipped-rule-set.handler.js';
import { GetShippedRuleSetHttpController } from './get-shipped-rule-set/get-shipped-rule-set.http.controller.js';
import { ListRuleSetsHandler } from './list-rule-sets/list-rule-sets.handler.js';
import { ListRuleSetsHttpController } from './list-rule-sets/list-rule-sets.http.controller.js';
import { PreviewActivationHandler } from './preview-activation/preview-activation.handler.js';
import { PreviewActivationHttpController } from './preview-activation/preview-activation.http.controller.js';
import { PublishRuleSetHandler } from './publish-rule-set/publish-rule-set.handler.js';
import { PublishRuleSetHttpController } from './publish-rule-set/publish-rule-set.http.controller.js';

/**
 * The rule-set lifecycle over HTTP for the credit office, as `npm run cli -- rule-set …` does it: publish a version
 * (its YAML files), preview an activation, activate. Events on the rule-sets stream name the calling key; every
 * running api follows that stream (RuleSetsInForce).
 */
const httpControllers = [
  GetShippedRuleSetHttpController,
  ListRuleSetsHttpController,
  PublishRuleSetHttpController,
  PreviewActivationHttpController,
  ActivateRuleSetHttpController,
];
const commandHandlers: Provider[] = [PublishRuleSetHandler, ActivateRuleSetHandler];
const queryHandlers: Provider[] = [ListRuleSetsHandler, PreviewActivationHandler, GetShippedRuleSetHandler];

@Module({ controllers: httpControllers, providers: [...commandHandlers, ...queryHandlers] })
export class RuleSetsModule {}
