import type { Session } from 'electron';

/**
 * Denies every permission (camera, microphone, notifications, geolocation, clipboard
 * read, HID, serial, …). The app needs none of them; the HostApi is the only way to the
 * machine. Both handlers are set: the request handler answers prompts, the check
 * handler answers synchronous queries such as `navigator.permissions.query`.
 */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
