import { ErrorNotice, PendingButton, toast } from '@faultline/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { getJson, postFile } from '../api.js';
import { formatBytes } from '../format.js';
import type { Upload } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader, TableScroll } from '../ui.js';

/** Files a visitor can try without having one at hand: one that fits, one too large, one refused. */
const SAMPLES: { label: string; make: () => File }[] = [
  {
    label: 'customer-interview.txt (12 KB)',
    make: () =>
      new File(['Interviewer: What made you try Harbor?\n'.repeat(300)], 'customer-interview.txt', {
        type: 'text/plain',
      }),
  },
  {
    label: 'focus-group.wav (3 MB)',
    make: () => new File([new Uint8Array(3 * 1024 * 1024)], 'focus-group.wav', { type: 'audio/wav' }),
  },
  {
    label: 'setup.exe (4 KB)',
    make: () =>
      new File([new Uint8Array(4096)], 'setup.exe', {
        type: 'application/vnd.microsoft.portable-executable',
      }),
  },
];

/** Research sources as files: over 2 MB is a 413, executables and scripts a 415. */
export function Uploads(): ReactNode {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['uploads'],
    queryFn: ({ signal }) => getJson<Upload[]>('/uploads', signal),
  });
  const upload = useMutation({
    mutationFn: (file: File) => postFile<Upload>('/uploads', file),
    meta: { errorPresentation: 'inline' },
    onSuccess: (file) => {
      toast.success(`Uploaded ${file.name}.`);
      void queryClient.invalidateQueries({ queryKey: ['uploads'] });
    },
  });
  const inputRef = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File>();
  const inputId = useId();
  const noticeId = useId();

  const send = (file: File | undefined) => {
    if (!file) {
      inputRef.current?.focus();
      return;
    }
    setChosen(file);
    upload.mutate(file);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(inputRef.current?.files?.[0]);
  };

  return (
    <>
      <ScreenHeader title="Uploads">
        Interview notes, recordings and exports that workspaces draw on.
      </ScreenHeader>
      <div className="grid-2">
        <section className="card" aria-labelledby="upload-title">
          <h2 id="upload-title">Upload a source</h2>
          <p className="card-lead">
            Text, audio, PDF or CSV, up to 2 MB. Executables and scripts are refused.
          </p>
          <form className="form" onSubmit={onSubmit}>
            <div className="file-drop">
              <div className="field">
                <label htmlFor={inputId}>File</label>
                <input
                  ref={inputRef}
                  id={inputId}
                  type="file"
                  aria-describedby={upload.error ? noticeId : undefined}
                  aria-invalid={upload.error ? true : undefined}
                  onChange={(event) => setChosen(event.target.files?.[0])}
                />
              </div>
              <fieldset className="samples">
                <legend>Or try a sample file</legend>
                {SAMPLES.map((sample) => (
                  <PendingButton
                    key={sample.label}
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => send(sample.make())}
                    pending={upload.isPending}
                  >
                    Try {sample.label}
                  </PendingButton>
                ))}
              </fieldset>
            </div>
            {upload.error ? (
              <div id={noticeId}>
                <ErrorNotice error={upload.error} />
              </div>
            ) : null}
            <div className="form-actions">
              <PendingButton type="submit" className="button button-primary" pending={upload.isPending}>
                {upload.isPending ? `Uploading ${chosen?.name ?? ''}…` : 'Upload'}
              </PendingButton>
            </div>
          </form>
        </section>

        <section className="card" aria-labelledby="files-title">
          <h2 id="files-title">Files</h2>
          <QueryView query={query} label="files">
            {(files) =>
              files.length === 0 ? (
                <p className="muted">No files yet.</p>
              ) : (
                <TableScroll label="Files table">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Size</th>
                        <th scope="col">Type</th>
                      </tr>
                    </thead>
                    <tbody>
                      {files.map((f) => (
                        <tr key={f.id}>
                          <td>{f.name}</td>
                          <td>{formatBytes(f.size)}</td>
                          <td className="muted">{f.type}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              )
            }
          </QueryView>
        </section>
        <DemoHint>Try the sample files: the 3 MB recording answers 413, the installer 415.</DemoHint>
      </div>
    </>
  );
}
