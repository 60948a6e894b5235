// The words of the manager's accounts tab (staff accounts and registered devices).

import { addTexts } from './i18n.js';

addTexts({
  zh: {
    tabAccounts: '账号与设备', staffAccounts: '工作人员账号', registeredDevices: '终端设备',
    newAccount: '新建账号', accountUsername: '登录名', displayName: '姓名', roles: '角色',
    roleCLERK: '窗口人员', roleMANAGER: '大厅管理员', roleGUIDE: '导办员',
    allowedWindows: '可登录窗口', allowedWindowsHint: '窗口号，逗号分隔；留空为全部窗口', anyWindow: '全部',
    passwordOptional: '初始密码（可选，至少 10 位；留空由系统生成）', create: '创建',
    accountState: '状态', enabled: '启用', disabledState: '已停用', disable: '停用', enable: '启用',
    resetPassword: '重置密码', rename: '保存', changedAt: '最近修改',
    newDevice: '登记设备', deviceId: '设备编号', deviceKind: '类型', deviceWindow: '窗口（窗口屏、评价器）',
    register: '登记', rotateToken: '更换令牌', rotatedAt: '令牌更换时间', never: '从未',
    kindKIOSK: '取号机', kindBOARD: '大屏', kindWINDOW_SCREEN: '窗口屏', kindEVALUATOR: '评价器', kindTERMINAL: '自助终端',
    secretTitle: '请立即记下（只显示这一次）', passwordFor: '{0} 的新密码', tokenFor: '设备 {0} 的新令牌',
    dismiss: '我已记下', confirmDisable: '停用后该账号立即退出且无法登录，确定吗？',
    confirmRotate: '更换后旧令牌立即失效，设备需要配置新令牌，确定吗？', chooseRole: '请至少选择一个角色',
    bySeed: '初始配置',
    scope: '管辖范围', scopeHint: '大厅编号或 6 位行政区划代码（如 622900），逗号分隔；留空为全部大厅', everyHall: '全部大厅',
  },
  en: {
    tabAccounts: 'Accounts & devices', staffAccounts: 'Staff accounts', registeredDevices: 'Devices',
    newAccount: 'New account', accountUsername: 'Sign-in name', displayName: 'Name', roles: 'Roles',
    roleCLERK: 'Clerk', roleMANAGER: 'Manager', roleGUIDE: 'Guide',
    allowedWindows: 'Windows', allowedWindowsHint: 'window numbers, comma separated; empty: all', anyWindow: 'all',
    passwordOptional: 'Password (optional, 10 characters or more; empty: made by the server)', create: 'Create',
    accountState: 'State', enabled: 'enabled', disabledState: 'disabled', disable: 'Disable', enable: 'Enable',
    resetPassword: 'Reset password', rename: 'Save', changedAt: 'Changed',
    newDevice: 'Register a device', deviceId: 'Device id', deviceKind: 'Kind', deviceWindow: 'Window (screens, evaluators)',
    register: 'Register', rotateToken: 'New token', rotatedAt: 'Token replaced', never: 'never',
    kindKIOSK: 'Kiosk', kindBOARD: 'Board', kindWINDOW_SCREEN: 'Window screen', kindEVALUATOR: 'Evaluator', kindTERMINAL: 'Terminal',
    secretTitle: 'Write this down now (shown only once)', passwordFor: 'New password of {0}', tokenFor: 'New token of device {0}',
    dismiss: 'Written down', confirmDisable: 'The account is signed out at once and cannot sign in. Disable it?',
    confirmRotate: 'The old token stops working at once; the device needs the new one. Replace it?', chooseRole: 'Choose at least one role',
    bySeed: 'configuration',
    scope: 'Scope', scopeHint: 'hall ids or six-digit division codes (e.g. 622900), comma separated; empty: every hall',
    everyHall: 'every hall',
  },
});
