import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { WhoAmIQuery, type WhoAmI } from './who-am-i.query.js';

@QueryHandler(WhoAmIQuery)
export class WhoAmIHandler implements IQueryHandler<WhoAmIQuery> {
  execute({ caller: { department } }: WhoAmIQuery): Promise<WhoAmI> {
    return Promise.resolve({
      departmentId: department.id,
      name: department.name,
      roles: department.roles,
      creditOffice: department.roles.includes('credit-office'),
    });
  }
}
