import { Module } from '@nestjs/common';
import { DepartmentsController } from './departments.http.controller.js';

@Module({ controllers: [DepartmentsController] })
export class DepartmentsModule {}
