export { PersistentStorageNotice } from './PersistentStorageNotice';
