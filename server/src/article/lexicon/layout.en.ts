// English (and international wire) layout words.
import type { LayoutLexicon } from './layout.types';

export const layoutEn: LayoutLexicon = {
  credits: [
    'Reuters', 'AP', 'AP Photo', 'Associated Press', 'AFP', 'AFP/Getty Images', 'Getty', 'Getty Images',
    'EPA', 'EPA-EFE', 'EFE', 'PA', 'PA Media', 'PA Wire', 'Xinhua', 'Anadolu', 'Anadolu Agency', 'dpa',
    'Bloomberg', 'Shutterstock', 'Alamy', 'BBC', 'Al Jazeera', 'ANSA', 'Kyodo', 'Sipa', 'Sipa Press',
    'Corbis', 'Pool', 'Handout', 'File', 'File photo', 'Supplied',
  ],
  captionLabels: ['Photo', 'Photograph', 'Picture', 'Pictured', 'Image', 'Caption', 'Photo caption', 'Image caption'],
  captionOpeners: ['Image caption', 'Media caption', 'Photo caption'],
  sourceLabels: ['Source', 'Sources'],
  bylineOpeners: ['By', 'Written by', 'Reporting by'],
  bylineLabels: ['Words', 'Reporter', 'Author'],
};
