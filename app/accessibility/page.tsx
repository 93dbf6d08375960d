import type { Metadata } from 'next';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/site/metadata';
import { IDS } from '@/lib/ui/ids';

export function generateMetadata(): Metadata {
  return pageMetadata(getSite(), '/accessibility', '无障碍声明', '本网站支持的无障碍功能、测试方法、已知局限和问题反馈方式。');
}

export default function AccessibilityPage() {
  const site = getSite();
  return (
    <div className="page">
      <h1 id={IDS.title} tabIndex={-1}>无障碍声明</h1>
      <p className="lede">
        {site.siteName}希望每一位公众，无论使用何种设备、是否借助辅助技术，都能完整阅读政府报告。
        本网站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668-2019）、
        《互联网网站适老化通用设计规范》和 WCAG 2.2 AA 级要求建设。
      </p>
      <h2>本网站提供的功能</h2>
      <ul>
        <li>页面顶部“无障碍”按钮打开阅读设置：字号（六档，最大 200%）等，设置会保存在本机浏览器中，所有页面生效。</li>
        <li>报告页的“目录”列出各部分，每部分末尾有“返回目录”链接；屏幕阅读器可按标题（一级标题为报告名称，二级为各部分，三级为各要点）和地标区域浏览。</li>
        <li>“打印”按钮生成适合 A4 纸的版面，文末附本文网址和二维码。</li>
        <li>所有功能均可只用键盘操作，焦点位置清晰可见；本网站尊重操作系统的高对比度、强制颜色和减少动态效果设置。</li>
        <li>不使用第三方“无障碍工具条”等外部脚本，所有资源均由本网站提供，IPv6 和 IPv4 访问内容一致。</li>
        <li>关闭浏览器脚本（JavaScript）时，报告全文、目录和链接仍可完整阅读，只是不提供阅读设置。</li>
      </ul>
      <h2>我们如何测试</h2>
      <p>
        每次更新都在 Chromium 浏览器中自动运行 axe 无障碍检查（WCAG 2.2 AA 规则），覆盖首页、报告页和错误页的每一档字号及打印样式；
        并自动检查键盘操作、320 像素窄屏下无横向滚动和标题层级。开发人员还会查看手机和电脑尺寸的页面截图和打印效果。
      </p>
      <h2>已知局限</h2>
      <ul>
        <li>报告附件（如盖章版 PDF）由发布单位提供，可能不完全满足无障碍要求；报告全文以网页形式提供，内容与附件一致。</li>
        <li>微博、QQ 等分享目标网站不由本网站管理，其无障碍情况由相应网站负责。</li>
      </ul>
      <h2>反馈无障碍问题</h2>
      <p>
        如果您在使用中遇到障碍，请联系{site.organizer}：电话 {site.phone}，地址 {site.address}。
        请说明您访问的页面、遇到的问题和使用的设备或辅助技术，我们会尽快答复并改进。
      </p>
    </div>
  );
}
