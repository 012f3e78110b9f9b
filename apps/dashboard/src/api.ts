import { apiFetch } from '@faultline/react/query';
import { API_BASE as API } from './model.js';

/** Reads a resource of the Harbor API; throws an `ApiError` when the call fails. */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiFetch<T>(`${API}${path}`, { signal, headers: { accept: 'application/json' } });
}

/** Sends JSON to the Harbor API; throws an `ApiError` when the call fails. */
export function postJson<T>(path: string, body?: unknown): Promise<T> {
  return apiFetch<T>(`${API}${path}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Uploads a file as `multipart/form-data`; throws an `ApiError` when the call fails. */
export function postFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return apiFetch<T>(`${API}${path}`, {
    method: 'POST',
    body: form,
    headers: { accept: 'application/json' },
  });
}
