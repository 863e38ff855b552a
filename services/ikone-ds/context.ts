import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../common/context';
import type { IkoneDsLoaders } from './loaders';

export interface IkoneDsContext extends BaseContext {
  dataSource: DataSource;
  loaders: IkoneDsLoaders;
}
