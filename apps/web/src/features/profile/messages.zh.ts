import type { en } from './messages.en';

/** 简体中文（own profile）。键与英文一一对应。 */
export const zh: Record<keyof typeof en, string> = {
  'profile.title': '个人资料',
  'profile.subtitle': '你在控制台中的名称、语言和主题，以及密码。',
  'profile.identity': '我',
  'profile.username': '用户名',
  'profile.displayName': '显示名称',
  'profile.displayNameHint': '显示在页头和人员列表中；留空则显示用户名。',
  'profile.save': '保存',
  'profile.saved': '已保存',
  'profile.preferences': '语言和主题',
  'profile.theme': '主题',
  'profile.theme.system': '跟随系统',
  'profile.theme.light': '浅色',
  'profile.theme.dark': '深色',
  'profile.password': '修改密码',
  'profile.currentPassword': '当前密码',
  'profile.showCurrent': '显示或隐藏当前密码',
  'profile.passwordSubmit': '修改密码',
  'profile.passwordFailed': '密码未修改',
  'profile.err.current': '请输入当前密码',
};
