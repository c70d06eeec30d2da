import { contextBridge, ipcRenderer } from 'electron';
// hostApi.ts only, not the shared/ipc barrel: a sandboxed preload can require nothing but
// 'electron', so it must stay one small bundle without zod.
import { HOST_API_GLOBAL, hostApiChannels, type HostApi } from '../../shared/ipc/hostApi';

/**
 * The whole bridge between the page and the machine: one function per HostApi method,
 * each a single `invoke` on its channel. ipcRenderer itself is never exposed, so the page
 * cannot pick a channel, listen to events or send raw messages. Main validates every
 * request; this side does not duplicate that.
 */
const api = {
  appInfo: (request) => ipcRenderer.invoke(hostApiChannels.appInfo, request),
  saveFile: (request) => ipcRenderer.invoke(hostApiChannels.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(hostApiChannels.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(hostApiChannels.printToPdf, request),
  sealAuditAnchor: (request) => ipcRenderer.invoke(hostApiChannels.sealAuditAnchor, request),
  readAuditAnchor: (request) => ipcRenderer.invoke(hostApiChannels.readAuditAnchor, request),
  sealDataKeyWrap: (request) => ipcRenderer.invoke(hostApiChannels.sealDataKeyWrap, request),
  unsealDataKeyWrap: (request) => ipcRenderer.invoke(hostApiChannels.unsealDataKeyWrap, request),
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_API_GLOBAL, api);
