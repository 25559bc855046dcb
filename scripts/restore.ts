/** `npm run restore -- FILE`: see src/db/backup.ts (same DATA_DIR / DATABASE_URL as npm start). */
import { loadConfig } from '../src/config.js';
import { BackupError, restore } from '../src/db/backup.js';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('用法 (usage): npm run restore -- 文件.tar.gz');
  process.exit(2);
}
try {
  const manifest = await restore(loadConfig(), file);
  console.log(`已恢复：${manifest.engine} 数据库，${manifest.evidenceFiles.length} 个佐证文件 (${file})`);
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
