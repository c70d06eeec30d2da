/**
 * The dev-server URL electron-vite passes in `npm run dev`, or undefined in a built app.
 * A packaged app ignores the variable: otherwise anyone who can set the environment
 * could point the trusted window (and its HostApi) at a page of their choosing.
 */
export function rendererDevServerUrl(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (isPackaged) return undefined;
  const url = env['ELECTRON_RENDERER_URL'];
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    // electron-vite serves on loopback; anything else is not our dev server.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && loopback ? url : undefined;
  } catch {
    return undefined;
  }
}
