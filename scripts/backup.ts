/** `npm run backup -- FILE`: see src/db/backup.ts (same DATA_DIR / DATABASE_URL as npm start). */
import { loadConfig } from '../src/config.js';
import { BackupError, backup } from '../src/db/backup.js';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('用法 (usage): npm run backup -- 文件.tar.gz');
  process.exit(2);
}
try {
  const manifest = await backup(loadConfig(), file);
  console.log(`已备份：${manifest.engine} 数据库，${manifest.evidenceFiles.length} 个佐证文件 (${file})`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
