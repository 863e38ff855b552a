import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Log of directory imports; the checksum tells whether a file was already imported. */
@Entity({ name: 'directory_import' })
export class DirectoryImport {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'char', length: 64 })
  checksum: string;

  @Column({ type: 'integer', name: 'row_count' })
  rowCount: number;

  @Column({ type: 'timestamptz', name: 'imported_at', default: () => 'now()' })
  importedAt: Date;
}
