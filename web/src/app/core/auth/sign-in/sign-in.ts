import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ApiError } from '@ws/domain';
import { describeHttpProblem } from '../../http/http-problem';
import { AuthApi } from '../auth-api';
import { Session } from '../session';

type Field = 'email' | 'password';

/** A root translation key (with the HTTP status), or the server's own words */
type Failure =
  | { key: string; status: number | null; message?: undefined }
  | { key?: undefined; message: string };

// Only paths inside the app: "//host" or "https:…" would leave it.
function isSafeReturnUrl(url: string | undefined): url is string {
  return !!url && url.startsWith('/') && !url.startsWith('//');
}

@Component({
  selector: 'app-sign-in',
  imports: [ReactiveFormsModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.html',
  styleUrl: './sign-in.css',
})
export class SignIn {
  private readonly authApi = inject(AuthApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  /** Query parameters: where to go after signing in, and why we are here */
  readonly returnUrl = input<string>();
  readonly reason = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  /** A key of signIn */
  protected readonly notice = computed(() => {
    switch (this.reason()) {
      case 'expired':
        return 'expired';
      case 'signed-out':
        return 'signedOut';
      default:
        return null;
    }
  });

  protected showError(field: Field): boolean {
    const control = this.form.controls[field];
    return control.invalid && (control.touched || this.submitted());
  }

  protected signIn(): void {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid || this.pending()) return;
    const { email, password } = this.form.getRawValue();
    this.pending.set(true);
    this.authApi.login(email.trim(), password).subscribe({
      next: (login) => {
        this.session.start(login);
        const returnUrl = this.returnUrl();
        void this.router.navigateByUrl(
          isSafeReturnUrl(returnUrl) ? returnUrl : '/',
        );
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.failure.set(this.explain(error));
      },
    });
  }

  private explain(error: unknown): Failure {
    if (error instanceof HttpErrorResponse) {
      if (error.status === 401) return { key: 'signIn.wrong', status: 401 };
      const body = error.error as Partial<ApiError> | null;
      if ((error.status === 429 || error.status === 400) && body?.message) {
        return { message: body.message };
      }
    }
    const problem = describeHttpProblem(error);
    return problem.key
      ? { key: `error.${problem.key}`, status: problem.status }
      : { message: problem.message };
  }
}
