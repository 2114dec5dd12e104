// A real OpenID Connect provider (panva's oidc-provider) for the console's sign-in test, over https on loopback.
// Usage: node oidc-provider.mjs <settings.json>
// settings: { port, keyFile, certFile, clientId, clientSecret, redirectUri, users: { name: [roles] } }
// Prints "listening <issuer>" once it accepts requests. Sign-in uses the provider's development login form: any
// password; the user's roles come from `users`.
import fs from 'node:fs';
import https from 'node:https';
import Provider from 'oidc-provider';

const settings = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const issuer = `https://127.0.0.1:${settings.port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: settings.clientId,
    client_secret: settings.clientSecret,
    redirect_uris: [settings.redirectUri],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles'], email: ['email'] },
  conformIdTokenClaims: false,
  cookies: { keys: ['oidc-provider-test-cookie-key'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: id, preferred_username: id, email: `${id}@example.com`, roles: settings.users[id] ?? [] };
      },
    };
  },
});

// The interactions' consent is granted as the form asks; nothing else is changed from the library's defaults.
https.createServer({ key: fs.readFileSync(settings.keyFile), cert: fs.readFileSync(settings.certFile) }, provider.callback())
  .listen(settings.port, '127.0.0.1', () => console.log(`listening ${issuer}`));
