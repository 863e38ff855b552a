import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../common/context';
import type { RegistryLoaders } from './loaders';

export interface RegistryContext extends BaseContext {
  dataSource: DataSource;
  loaders: RegistryLoaders;
}
