import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERED_CHANGE_SCHEMA } from '../shared/delivered-change.schema.js';
import { IsArray, IsBoolean, IsOptional, IsString, IsUUID } from 'class-validator';

const ID = '4b1c9a62-2f7e-4a53-9d0e-0d7c2f1b5a11';
const SECRET = 'whsec_3Jm1q0oVZxq9m5yKk2tqgqYb8N4c4Qk3iUe1Vq6mR0A';

export const SUBSCRIPTION_EXAMPLE = {
  id: ID,
  department: 'ak-rsj',
  url: 'https://hooks.ak-rsj.example.cn/jiangcheng',
  listTypes: ['wage-arrears'],
  scenarios: null,
  ownMeasures: true,
  registrations: false,
  secretVersion: 1,
  createdAt: '2026-05-01T08:00:00.000Z',
  cancelledAt: null,
};

const subscriptionProperties = {
  id: { type: 'string', format: 'uuid' },
  department: { type: 'string' },
  url: { type: 'string', format: 'uri' },
  listTypes: { type: 'array', items: { type: 'string' }, nullable: true, description: 'Only these list types; null: every one' },
  scenarios: { type: 'array', items: { type: 'string' }, nullable: true, description: 'Only list types with a measure in these scenarios' },
  ownMeasures: { type: 'boolean', description: 'Only list types with a measure the department implements' },
  registrations: { type: 'boolean', description: 'New registrations (SubjectRegistered) too, for 双告知' },
  secretVersion: { type: 'integer' },
  createdAt: { type: 'string', format: 'date-time' },
  cancelledAt: { type: 'string', format: 'date-time', nullable: true },
};

export const SUBSCRIPTION_SCHEMA = {
  type: 'object',
  required: Object.keys(subscriptionProperties),
  properties: subscriptionProperties,
  example: SUBSCRIPTION_EXAMPLE,
};

export const ISSUED_SUBSCRIPTION_SCHEMA = {
  type: 'object',
  required: [...Object.keys(subscriptionProperties), 'secret'],
  properties: {
    ...subscriptionProperties,
    secret: { type: 'string', description: 'Signs every delivery (X-Jiangcheng-Signature); shown in this answer only' },
  },
  example: { ...SUBSCRIPTION_EXAMPLE, secret: SECRET },
};

export const ROTATED_SECRET_SCHEMA = {
  type: 'object',
  required: ['id', 'secret', 'secretVersion'],
  properties: { id: { type: 'string', format: 'uuid' }, secret: { type: 'string' }, secretVersion: { type: 'integer' } },
  example: { id: ID, secret: SECRET, secretVersion: 2 },
};

const CHANGE_EXAMPLE = {
  id: '0f8e3c1a-6a55-4a5b-8f7e-2b1d4c3e9a10',
  kind: 'list-change',
  change: 'listed',
  subject: '91610900MA70XXXX1X',
  listType: 'wage-arrears',
  color: 'black',
  effectiveOn: '2026-05-01',
  until: '2029-05-01',
  reason: null,
  recordedAt: '2026-05-01T08:00:00.000Z',
  position: '1234-5678',
};

export const DEAD_LETTERS_SCHEMA = {
  type: 'object',
  required: ['deadLetters'],
  properties: {
    deadLetters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['deliveryId', 'attempts', 'firstQueuedAt', 'deadAt', 'changes'],
        properties: {
          deliveryId: { type: 'string', format: 'uuid', description: 'The Idempotency-Key it was sent with' },
          attempts: { type: 'integer' },
          lastStatus: { type: 'integer', description: 'The receiver’s last status code; absent when it did not answer' },
          lastError: { type: 'string' },
          firstQueuedAt: { type: 'string', format: 'date-time' },
          lastAttemptAt: { type: 'string', format: 'date-time' },
          deadAt: { type: 'string', format: 'date-time' },
          changes: { type: 'array', items: DELIVERED_CHANGE_SCHEMA },
        },
      },
    },
  },
  example: {
    deadLetters: [
      {
        deliveryId: '6a1f0c4e-9d3b-4b8a-a1c2-3e4f5a6b7c8d',
        attempts: 8,
        lastStatus: 503,
        lastError: 'answered 503',
        firstQueuedAt: '2026-05-01T08:00:00.100Z',
        lastAttemptAt: '2026-05-01T09:02:11.000Z',
        deadAt: '2026-05-01T09:02:11.000Z',
        changes: [CHANGE_EXAMPLE],
      },
    ],
  },
};

export const REPLAY_SCHEMA = {
  type: 'object',
  required: ['subscriptionId', 'replayed'],
  properties: {
    subscriptionId: { type: 'string', format: 'uuid' },
    replayed: { type: 'integer', description: 'How many dead deliveries go back in the queue' },
  },
  example: { subscriptionId: ID, replayed: 1 },
};

export class CreateSubscriptionRequest {
  @ApiProperty({ example: 'https://hooks.ak-rsj.example.cn/jiangcheng', description: 'http or https; no user:password in it' })
  @IsString()
  url!: string;

  @ApiPropertyOptional({ example: ['wage-arrears'], description: 'List types of the rule set in force; absent: every one' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  listTypes?: string[];

  @ApiPropertyOptional({ example: ['government-procurement'], description: 'Scenarios (as GET /v1/subjects/{code}/measures names them)' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  scenarios?: string[];

  @ApiPropertyOptional({ example: true, description: 'Only list types with a measure the calling department implements' })
  @IsOptional()
  @IsBoolean()
  ownMeasures?: boolean;

  @ApiPropertyOptional({ example: false, description: 'New registrations too (双告知)' })
  @IsOptional()
  @IsBoolean()
  registrations?: boolean;
}

export class ReplayDeadLettersRequest {
  @ApiPropertyOptional({ example: ['6a1f0c4e-9d3b-4b8a-a1c2-3e4f5a6b7c8d'], description: 'Absent: every dead letter of the subscription' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  deliveryIds?: string[];
}
