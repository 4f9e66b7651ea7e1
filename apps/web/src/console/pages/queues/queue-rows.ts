import type { Answer, ItemOf } from '../../../shared/api-types';

/** GET /v1/objections and GET /v1/repairs, as the OpenAPI document gives them. */
export type ObjectionQueue = Answer<'ObjectionsController_list'>;
export type ObjectionRow = ItemOf<ObjectionQueue['objections']>;
export type RepairQueue = Answer<'RepairController_list'>;
export type RepairRow = ItemOf<RepairQueue['repairs']>;
/** A step's time limit on the official working-day calendar, seen today (TimeLimit of libs/kernel). */
export type TimeLimit = RepairRow['review'];
