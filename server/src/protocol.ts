/** Custom messages shared by the client and the server. */
import { RequestType, NotificationType } from 'vscode-languageserver-protocol';

/** The settings block a client sends (section `podium`). */
export interface PodiumSettings {
  rules?: Record<string, string>;
  placeholders?: { patterns?: string[] };
  rates?: { 'zh-CN'?: number; en?: number };
  templatesFolder?: string;
  run?: 'onType' | 'onSave';
}

export interface InitializationOptions {
  /** False in an untrusted workspace: user placeholder patterns are then ignored. */
  workspaceTrusted?: boolean;
}

export namespace PodiumTrustNotification {
  export const method = 'podium/trust';
  export const type = new NotificationType<{ trusted: boolean }>(method);
}

export namespace PodiumTemplatesRequest {
  export const method = 'podium/templates';
  export interface TemplateInfo { id: string; name: string; lang: string; origin: string; sections: { id: string; label: string; required: boolean; kind: string; skeleton?: string }[] }
  export const type = new RequestType<{ uri?: string; locale?: string }, TemplateInfo[], void>(method);
}
